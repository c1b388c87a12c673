package playground.engine.spec;

import java.util.ArrayList;
import java.util.List;
import playground.engine.text.Tokens;

/**
 * One choice the spec grammar offers: its id as written in a spec ("leaky_relu"), a label for people
 * ("leaky ReLU"), and its written form with parameters ("leaky_relu[:slope]") for help texts and messages.
 */
public final class Choice {
    public final String id;
    public final String label;
    public final String form;
    /** The parameters written after the id, in order ("huber:delta"); none for most. */
    public final List<Param> params;

    public Choice(String id, String label, String form, List<Param> params) {
        this.id = id;
        this.label = label;
        this.form = form;
        this.params = List.copyOf(params);
    }

    public Choice(String id, String label, String form) {
        this(id, label, form, List.of());
    }

    public Choice(String id, String label) {
        this(id, label, id);
    }

    /** "a, b or c" of the forms, as messages list what is accepted. */
    public static String forms(List<Choice> choices) {
        List<String> forms = new ArrayList<>();
        for (Choice c : choices) {
            forms.add(c.form);
        }
        return Tokens.orList(forms);
    }
}
