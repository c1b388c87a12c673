package playground.web.learn;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** Dragging on a canvas with a mouse, a pen or a finger: pointer events, captured while the button is down. */
public final class Pointer {
    private Pointer() {
    }

    /** Where the pointer is, in CSS pixels of the element's own box scaled to {@code width} × {@code height}. */
    @JSFunctor
    public interface Moved extends JSObject {
        void moved(double x, double y, boolean up);
    }

    /** Calls {@code moved} on press, on every move while pressed, and on release (with {@code up}). */
    @JSBody(params = {"e", "width", "height", "moved"}, script = "var down = false;"
            + "function at(ev, up) { var r = e.getBoundingClientRect();"
            + "  moved((ev.clientX - r.left) * (width / r.width), (ev.clientY - r.top) * (height / r.height), up); }"
            + "e.addEventListener('pointerdown', function(ev) { e.setPointerCapture(ev.pointerId); down = true; at(ev, false); });"
            + "e.addEventListener('pointermove', function(ev) { if (down) at(ev, false); });"
            + "e.addEventListener('pointerup', function(ev) { if (down) { down = false; at(ev, true); } });")
    public static native void drag(HTMLElement e, double width, double height, Moved moved);
}
