// Starts the page class that <body data-page> names (playground.web.page.PageMain, compiled to /teavm/page/page.js).
main([]);
