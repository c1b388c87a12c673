package playground.engine.spec;

/**
 * One choice the spec grammar offers: its id as written in a spec ("leaky_relu"), a label for people
 * ("leaky ReLU"), and its written form with parameters ("leaky_relu[:slope]") for help texts and messages.
 */
public final class Choice {
    public final String id;
    public final String label;
    public final String form;

    public Choice(String id, String label, String form) {
        this.id = id;
        this.label = label;
        this.form = form;
    }

    public Choice(String id, String label) {
        this(id, label, id);
    }

    /** "a, b or c" of the forms, as messages list what is accepted. */
    public static String forms(java.util.List<Choice> choices) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            sb.append(i == 0 ? "" : i == choices.size() - 1 ? " or " : ", ").append(choices.get(i).form);
        }
        return sb.toString();
    }
}
