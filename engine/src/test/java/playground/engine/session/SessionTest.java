package playground.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.text.Json;

/** The worker's protocol, on the JVM: text in, JSON out, errors as values. */
class SessionTest {
    private static Map<?, ?> json(String s) {
        return (Map<?, ?>) Json.parse(s);
    }

    @Test
    void aCsvIsProfiledColumnByColumn() {
        Session s = new Session();
        Map<?, ?> p = json(s.loadCsv("mine", "x,kind,y\n1,a,10\n2,b,20\n,a,30\n4,a,40\n"));
        assertEquals(4.0, p.get("rows"));
        Map<?, ?> x = (Map<?, ?>) ((List<?>) p.get("columns")).get(0);
        assertEquals("number", x.get("type"));
        assertEquals(1.0, x.get("missing"));
        assertEquals(1.0, x.get("min"));
        assertEquals(4.0, x.get("max"));
        assertEquals(12, ((List<?>) x.get("histogram")).size());
        Map<?, ?> kind = (Map<?, ?>) ((List<?>) p.get("columns")).get(1);
        assertEquals(List.of(Map.of("value", "a", "count", 3.0), Map.of("value", "b", "count", 1.0)), kind.get("categories"));
        assertEquals(List.of("1", "a", "10"), ((List<?>) p.get("head")).get(0));
    }

    @Test
    void aMalformedCsvComesBackAsAnErrorValue() {
        assertEquals(Map.of("error", "line 3 has 1 fields, but line 1 has 2"), json(new Session().loadCsv("bad", "a,b\n1,2\n3\n")));
    }

    @Test
    void aSyntheticExperimentPreparesTrainsAndEvaluates() {
        Session s = new Session();
        Map<?, ?> prep = json(s.prepare("v=1&data=xor&epochs=3&layers=dense:8:tanh&es=on&colour=red"));
        assertEquals("classification", prep.get("task"));
        assertEquals(List.of("0", "1"), prep.get("classes"));
        assertEquals("v=1&data=xor&layers=dense:8:tanh&epochs=3&es=on", prep.get("query"));
        assertTrue(((List<?>) prep.get("ignored")).get(0).toString().startsWith("ignored colour=red: unknown setting"));
        assertEquals(42.0, ((Map<?, ?>) prep.get("summary")).get("total")); // dense 2→8 (24) + softmax 8→2 (18)
        Map<?, ?> first = json(s.step("batch"));
        assertEquals(0.0, first.get("epoch"));
        assertEquals(null, first.get("log"));
        Map<?, ?> progress = json(s.step("epoch"));
        assertEquals(1.0, progress.get("epoch"));
        assertTrue(((Map<?, ?>) progress.get("log")).containsKey("val_loss"));
        while (!Boolean.TRUE.equals(progress.get("finished"))) {
            progress = json(s.step("epoch"));
        }
        assertEquals(3.0, progress.get("epoch"));
        Map<?, ?> result = json(s.evaluate());
        assertTrue(((Map<?, ?>) result.get("test")).containsKey("accuracy"));
        assertTrue(result.containsKey("confusion"));
    }

    @Test
    void aTwoFeatureExperimentHasItsPicture() {
        Session s = new Session();
        Map<?, ?> prep = json(s.prepare("v=1&data=clusters&n=100&layers=dense:3:tanh,dense:2:relu&epochs=30&lr=0.05"));
        assertEquals(true, prep.get("picture"));
        while (!Boolean.TRUE.equals(json(s.step("epoch")).get("finished"))) {
            // train
        }
        Map<?, ?> p = json(s.picture(10, 4));
        List<?> values = (List<?>) p.get("values");
        assertEquals(100, values.size());
        // class 1 lives around (2, 2): top right of the picture (row 0 is the top); class 0 bottom left
        assertTrue((Double) values.get(9) > 0.5, "P(class 1) top right " + values.get(9));
        assertTrue((Double) values.get(90) < 0.5, "P(class 1) bottom left " + values.get(90));
        assertEquals(90, ((List<?>) p.get("points")).size()); // 72 train + 18 test; the 10 validation rows are not drawn
        List<?> net = (List<?>) p.get("network");
        assertEquals(4, net.size()); // inputs, dense 3, dense 2, the softmax output
        Map<?, ?> hidden = (Map<?, ?>) net.get(1);
        assertEquals(6, ((List<?>) hidden.get("weights")).size());
        assertEquals(3, ((List<?>) hidden.get("thumbs")).size());
        assertEquals(16, ((List<?>) ((List<?>) hidden.get("thumbs")).get(0)).size());
        Session three = new Session();
        three.loadCsv("t", "a,b,c,y\n1,2,3,4\n2,3,4,5\n3,4,5,6\n4,5,6,7\n");
        three.prepare("v=1&data=t&epochs=1&val=0");
        assertEquals(Map.of("none", true), json(three.picture(4, 2)));
    }

    @Test
    void aBadEditIsRejectedAndTheExperimentThatTrainsIsStillTheOneShown() {
        Session s = new Session();
        Map<?, ?> prep = json(s.prepare("v=1&data=xor&epochs=3&lr=0.03&layers=dense:4:tanh"));
        Map<?, ?> bad = json(s.edit((String) prep.get("query"), "layers=dense:abc:relu"));
        assertEquals("layers", ((Map<?, ?>) bad.get("rejected")).get("key"));
        Map<?, ?> huge = json(s.edit((String) prep.get("query"), "lr=1e9"));
        assertTrue(((String) ((Map<?, ?>) huge.get("rejected")).get("message")).contains("lr"), huge.toString());
        Map<?, ?> p = json(s.step("epoch"));
        assertEquals(1.0, p.get("epoch"), "the prepared experiment still trains");
        assertEquals(3.0, p.get("epochs"));
        Map<?, ?> ok = json(s.edit((String) prep.get("query"), "lr=0.1"));
        assertTrue(((String) ok.get("query")).contains("lr=0.1"), ok.toString());
        assertEquals(List.of(), ok.get("reset"));
    }

    @Test
    void anEditThatDoesNotFitTheDataIsRejectedToo() {
        Session s = new Session();
        s.loadCsv("t", "a,b,y\n1,2,3\n2,3,5\n3,1,4\n4,4,8\n5,2,7\n6,3,9\n");
        Map<?, ?> prep = json(s.prepare("v=1&data=t&epochs=1&val=0"));
        Map<?, ?> bad = json(s.edit((String) prep.get("query"), "target=nosuch"));
        assertEquals("target", ((Map<?, ?>) bad.get("rejected")).get("key"));
        assertEquals(1.0, json(s.step("epoch")).get("epoch"));
    }

    @Test
    void aLinkWithPartsThatDoNotFitTheDataStillGivesAWorkingExperimentAndSaysWhatItIgnored() {
        Session s = new Session();
        s.loadCsv("t", "a,b,y\n1,2,3\n2,3,5\n3,1,4\n4,4,8\n5,2,7\n6,3,9\n");
        Map<?, ?> prep = json(s.prepare("v=1&data=t&target=nosuchcol&epochs=2&val=0"));
        assertEquals("y", prep.get("target"), "the default target");
        List<?> ignored = (List<?>) prep.get("ignored");
        assertEquals(1, ignored.size(), ignored.toString());
        assertTrue(((String) ignored.get(0)).startsWith("ignored target=nosuchcol: "), ignored.toString());
        assertEquals(1.0, json(s.step("epoch")).get("epoch"));
    }

    @Test
    void eachFallbackOfALinkIsListedWithItsOwnReason() {
        Session s = new Session();
        s.loadCsv("t", "a,b,label\n1,2,x\n2,3,y\n3,1,x\n4,4,y\n5,2,x\n6,3,y\n7,1,x\n8,4,y\n");
        Map<?, ?> prep = json(s.prepare("v=1&data=t&target=nosuchcol&task=regression&epochs=1&val=0"));
        List<?> ignored = (List<?>) prep.get("ignored");
        assertEquals(2, ignored.size(), ignored.toString());
        assertTrue(((String) ignored.get(0)).startsWith("ignored target=nosuchcol: "), ignored.toString());
        assertTrue(((String) ignored.get(1)).startsWith("ignored task=regression: "), ignored.toString());
        assertEquals("classification", prep.get("task"));
    }

    @Test
    void anotherTableLoadedForARefusedEditLeavesThePreparedExperimentTraining() {
        Session s = new Session();
        s.loadCsv("t", "a,b,y\n1,2,3\n2,3,5\n3,1,4\n4,4,8\n5,2,7\n6,3,9\n");
        Map<?, ?> prep = json(s.prepare("v=1&data=t&epochs=2&val=0"));
        s.loadCsv("u", "p,q\n1,2\n2,3\n3,4\n4,5\n");
        Map<?, ?> bad = json(s.edit((String) prep.get("query"), "data=u&target=nosuch"));
        assertEquals("target", ((Map<?, ?>) bad.get("rejected")).get("key"));
        assertEquals(1.0, json(s.step("epoch")).get("epoch"), "the experiment shown still trains");
    }

    @Test
    void progressSaysWhichBatchOfTheEpoch() {
        Session s = new Session();
        Map<?, ?> prep = json(s.prepare("v=1&data=xor&n=100&epochs=2&batch=32&val=0&test=0.2"));
        assertEquals(3.0, prep.get("batches"), "80 training rows in batches of 32");
        Map<?, ?> p = json(s.step("batch"));
        assertEquals(1.0, p.get("batch"));
        assertEquals(3.0, p.get("batches"));
        assertTrue(p.get("test_loss") instanceof Double, "the test rows' loss, as TensorFlow Playground shows it: " + p);
        assertEquals(null, json(new Session().prepare("v=1&data=xor&test=0&val=0&epochs=1")).get("error"));
    }

    @Test
    void preparingSaysWhatTheSpecDoesToEachColumn() {
        Session s = new Session();
        s.loadCsv("t", "a,b,c,y\n1,x,3,4\n2,y,4,5\n3,x,5,6\n4,y,6,7\n5,x,7,8\n");
        Map<?, ?> prep = json(s.prepare("v=1&data=t&epochs=1&val=0&drop=c&tf=a:standard"));
        assertEquals(Map.of("a", "standard", "b", "auto", "c", "drop", "y", "target"), prep.get("columns"));
    }

    @Test
    void aRegressionEvaluationCarriesActualAndPredictedValues() {
        Session s = new Session();
        s.loadCsv("tiny", "x,y\n1,2\n2,4\n3,6\n4,8\n5,10\n6,12\n7,14\n8,16\n9,18\n10,20\n");
        assertEquals(null, json(s.prepare("v=1&data=tiny&epochs=2&test=0.3&val=0")).get("error"));
        s.step("epoch");
        Map<?, ?> r = json(s.evaluate());
        assertEquals(3, ((List<?>) r.get("actual")).size());
        assertEquals(3, ((List<?>) r.get("predicted")).size());
        Map<?, ?> residuals = (Map<?, ?>) r.get("residuals");
        double total = 0;
        for (Object c : (List<?>) residuals.get("counts")) {
            total += (Double) c;
        }
        assertEquals(3.0, total);
        assertEquals(20, ((List<?>) residuals.get("counts")).size());
    }

    @Test
    void aGridExpandsToQueriesAndEachPointRunsOnItsOwn() {
        Session s = new Session();
        Map<?, ?> g = json(s.grid("v=1&data=plane&epochs=2", "lr=0.1,0.01;opt=sgd,adam"));
        assertEquals(List.of("lr", "opt"), g.get("keys"));
        List<?> queries = (List<?>) g.get("queries");
        assertEquals(4, queries.size());
        assertEquals("v=1&data=plane&opt=sgd&lr=0.1&epochs=2", queries.get(0));
        Map<?, ?> r = json(s.run((String) queries.get(0)));
        assertEquals(2.0, r.get("epochs_run"));
        assertTrue(((Map<?, ?>) r.get("test")).containsKey("rmse"));
        assertEquals("sgd", ((Map<?, ?>) r.get("spec")).get("opt"));
        assertEquals(Map.of("error", "setting 'lr': 'x' is not a number"), json(s.grid("v=1", "lr=x")));
        assertEquals("epochs=64,128,256,512;batch=8,16,32,64,128,256;lr=0.1,0.01,0.001,0.00001;opt=sgd,adam",
                json(s.preset("insurance-blog-grid")).get("grid"));
    }

    @Test
    void runsThatDifferOnlyInEpochsTrainOnceAndGiveTheRowsSeparateRunsGive() {
        Session s = new Session();
        Map<?, ?> g = json(s.grid("v=1&data=circle&n=120&es=val_loss:2:0&ckpt=val_loss:restore&rlr=val_loss:0.5:1:0",
                "epochs=2,5,9;lr=0.3,0.03"));
        List<?> queries = (List<?>) g.get("queries");
        assertEquals(6, queries.size());
        List<?> groups = (List<?>) g.get("groups");
        assertEquals(2, groups.size(), "one training per learning rate: " + groups);
        for (Object group : groups) {
            List<?> indices = (List<?>) group;
            assertEquals(3, indices.size());
            StringBuilder lines = new StringBuilder();
            for (Object i : indices) {
                lines.append(lines.length() == 0 ? "" : "\n").append(queries.get(((Number) i).intValue()));
            }
            List<?> rows = (List<?>) json(s.runSharingEpochs(lines.toString())).get("rows");
            assertEquals(3, rows.size());
            for (int j = 0; j < indices.size(); j++) {
                String query = (String) queries.get(((Number) indices.get(j)).intValue());
                assertEquals(json(new Session().run(query)), rows.get(j), query);
            }
        }
        String refused = (String) json(s.runSharingEpochs(queries.get(0) + "\n" + queries.get(queries.size() - 1))).get("error");
        assertTrue(refused.startsWith("runs that share their training differ only in epochs: ") && refused.endsWith(" differ in more"),
                refused);
    }

    @Test
    void preparingAnUnloadedDatasetSaysSo() {
        assertEquals(Map.of("error", "the dataset 'iris' is not loaded yet"), json(new Session().prepare("data=iris")));
        assertEquals(Map.of("error", "no experiment is prepared"), json(new Session().step("epoch")));
    }
}
