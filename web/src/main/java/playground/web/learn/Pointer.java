package playground.web.learn;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** Dragging on a canvas with a mouse, a pen or a finger: pointer events, captured while the button or finger is down. */
public final class Pointer {
    private Pointer() {
    }

    /** Where the pointer is, in CSS pixels of the element's own box scaled to {@code width} × {@code height}. */
    @JSFunctor
    public interface Moved extends JSObject {
        void moved(double x, double y, boolean up);
    }

    /**
     * Calls {@code moved} on press, on every move while pressed, and on release (with {@code up}). A finger drags
     * as a mouse does: the element takes no touch gestures (touch-action: none), else the browser would take the
     * move for a scroll and cancel the pointer; a cancelled press (the system took it) ends where it last moved.
     */
    @JSBody(params = {"e", "width", "height", "moved"}, script = "var $down = false; e.style.touchAction = 'none';"
            + "function $at(ev, up) { var $r = e.getBoundingClientRect();"
            + "  moved((ev.clientX - $r.left) * (width / $r.width), (ev.clientY - $r.top) * (height / $r.height), up); }"
            + "e.addEventListener('pointerdown', function(ev) { if (!ev.isPrimary) return; e.setPointerCapture(ev.pointerId);"
            + "  $down = true; $at(ev, false); ev.preventDefault(); });"
            + "e.addEventListener('pointermove', function(ev) { if ($down && ev.isPrimary) $at(ev, false); });"
            + "e.addEventListener('pointerup', function(ev) { if ($down && ev.isPrimary) { $down = false; $at(ev, true); } });"
            + "e.addEventListener('pointercancel', function() { $down = false; });")
    public static native void drag(HTMLElement e, double width, double height, Moved moved);
}
