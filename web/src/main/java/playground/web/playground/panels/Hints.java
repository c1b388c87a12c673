package playground.web.playground.panels;

import org.teavm.jso.JSBody;

/**
 * Tap replaces hover: a control's help lives in its {@code title}, a tooltip a mouse shows and a finger never
 * does. Whatever takes focus — a tap, a click, Tab — shows its help as a line of text right under its row, and loses
 * it when focus leaves. The line is hidden from screen readers, which already read the title as the description.
 */
public final class Hints {
    private Hints() {
    }

    /** Installs the one hint line for the panels below the workspace (the tab panels, or sections on a phone). */
    @JSBody(script = "var $hint = document.createElement('p'); $hint.className = 'hint'; $hint.id = 'hint';"
            + " $hint.setAttribute('aria-hidden', 'true'); $hint.hidden = true;"
            + " function $help(e) { var $l = e.closest('label'); return e.getAttribute('title') || ($l && $l.getAttribute('title')) || ''; }"
            + " document.addEventListener('focusin', function(ev) {"
            + "  var $e = ev.target; var $panel = $e.closest && $e.closest('.tabpanel');"
            + "  var $text = $panel ? $help($e) : '';"
            + "  if (!$text) { $hint.hidden = true; return; }"
            + "  var $row = $e.closest('.row, tr, .column') || $e;"
            + "  if ($row.tagName === 'TR') $row = $row.closest('.scroll') || $row;"
            + "  $row.parentNode.insertBefore($hint, $row.nextSibling); $hint.textContent = $text; $hint.hidden = false; });"
            + " document.addEventListener('focusout', function(ev) { if (!ev.relatedTarget) $hint.hidden = true; });")
    public static native void install();
}
