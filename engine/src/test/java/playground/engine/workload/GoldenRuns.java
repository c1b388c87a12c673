package playground.engine.workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import playground.engine.data.Csv;
import playground.engine.data.Table;

/**
 * The golden runs: files under {@code src/test/resources/golden}, each a line {@code spec <query>} followed by the
 * {@link GoldenRecord} that the engine produced when the file was written. Together the specs cover every layer,
 * activation, loss, optimizer, initializer, schedule and callback, on 2-D sets and on the insurance data.
 *
 * <p>{@link #main} writes the files of {@link #SPECS} that do not exist yet; it never rewrites one, because a golden
 * file is the memory of what a spec version computed. Run it from {@code engine/} after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes playground.engine.workload.GoldenRuns}.
 */
public final class GoldenRuns {
    static final Path DIR = Path.of("src", "test", "resources", "golden");

    /**
     * name | spec query: v=1 (the engine's semantics when these files were frozen, 2026-12-01, replayed through
     * version 1's spelling in version 2) and v=2 (Keras 3's, frozen 2026-12-02).
     */
    static final String[][] SPECS = {
        {"circle-adam-bn-res", "v=1&data=circle&layers=dense:8:tanh:he_normal,bn,dropout:0.1,res(dense:8:relu,ln),"
                + "dense:4:sigmoid:glorot_normal&batch=16&epochs=30"},
        {"xor-bce-sgd-time", "v=1&data=xor&layers=dense:6:leaky_relu:0.2:lecun_uniform:constant:0.1,dense:4:softmax"
                + "&loss=bce&opt=sgd&lr=0.1&decay=time:0.01&epochs=30"},
        {"spiral-rmsprop-step-es", "v=1&data=spiral&n=300&noise=0.2&data_seed=3&layers=dense:16:relu:he_uniform,ln,"
                + "dense:16:relu:lecun_normal,dropout:0.2&opt=rmsprop&lr=0.005&decay=step:0.5:10"
                + "&es=val_loss:5:0.0001:restore&epochs=40&seed=7"},
        {"clusters3-nesterov-exp-rlr-ckpt", "v=1&data=clusters3&layers=dense:8:sigmoid:random_normal:0.3,"
                + "dense:8:linear:random_uniform:0.2:ones&opt=nesterov:0.8&lr=0.05&decay=exp:0.9:5"
                + "&rlr=val_loss:0.5:3:0.0001&ckpt=val_loss:restore&epochs=30"},
        {"plane-huber-adagrad-tail", "v=1&data=plane&layers=dense:8:tanh:zeros,dense:4:relu&loss=huber:0.5"
                + "&opt=adagrad&lr=0.1&yscale=standardize&split=tail&epochs=25"},
        {"gaussians-mae-momentum-res", "v=1&data=gaussians&layers=res(dense:8:relu,dense:8:relu),bn&loss=mae"
                + "&opt=momentum:0.9&lr=0.01&epochs=25&split_seed=5"},
        {"plane-rmse-adam-betas", "v=1&data=plane&layers=dense:4:relu:glorot_uniform:zeros,dense:4:tanh&loss=rmse"
                + "&opt=adam:0.8:0.99&lr=0.02&batch=8&epochs=20&noise=0.3"},
        {"gaussians-halfse-callbacks-on", "v=1&data=gaussians&layers=dense:12:tanh&loss=half_se&opt=sgd&lr=0.05"
                + "&es=on&rlr=on&ckpt=on&epochs=40"},
        {"insurance-blog-6-epochs", "v=1&data=insurance&target=charges&task=regression&split=tail"
                + "&layers=bn,dense:100:relu,bn,dropout:0.5,dense:100:relu,bn,dropout:0.5,dense:100:relu,bn"
                + "&loss=mse&epochs=6&ckpt=val_loss:restore&rlr=val_loss:0.1:5:1e-7&es=val_loss:10:0.001"},
        {"insurance-standard-huber-rmsprop", "v=1&data=insurance&target=charges&task=regression"
                + "&tf=age:standard,bmi:standard&yscale=standardize&layers=dense:32:relu:he_normal,ln,dense:16:tanh"
                + "&loss=huber&opt=rmsprop&lr=0.001&batch=64&epochs=8"},
        {"circle-every-feature-l1", "v=1&data=circle&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&layers=dense:6:tanh,"
                + "res(dense:6:relu)&reg=l1:0.003&opt=sgd&lr=0.05&epochs=20"},
        {"xor-product-feature-l2", "v=1&data=xor&features=x1x2&layers=dense:3:tanh&reg=l2:0.01&epochs=15"},
        {"spiral-sines-l1l2", "v=1&data=spiral&features=sinx1,sinx2,x1,x2&layers=dense:8:relu,bn,dense:8:tanh"
                + "&reg=l1l2:0.001:0.01&opt=adam&lr=0.01&es=on&epochs=25"},
        // version 2 (Keras 3's formulas and defaults), frozen 2026-12-02: on their own they cover the grammar again,
        // with unset learning rates (each optimizer's Keras default) and version 1's forms spelled in version 2's words
        {"v2-circle-momentum-truncated-time", "v=2&data=circle&layers=dense:8:leaky_relu:he_normal,bn,"
                + "dense:4:tanh:lecun_normal&opt=momentum:0.9&lr=0.05&decay=time:0.01&epochs=20"},
        {"v2-xor-nesterov-step-default-rate", "v=2&data=xor&layers=dense:6:relu:glorot_normal:random_normal,dropout:0.1,"
                + "dense:4:sigmoid:random_uniform:0.3&loss=bce&opt=nesterov&decay=step:0.5:10&epochs=20"},
        {"v2-spiral-adagrad-default-rate-restore-at-end", "v=2&data=spiral&n=300&layers=dense:16:relu:he_uniform,ln,"
                + "dense:16:tanh&opt=adagrad&es=val_loss:50:0:restore&epochs=25&seed=3"},
        {"v2-plane-rmsprop-centered-momentum-exp", "v=2&data=plane&layers=dense:8:tanh:lecun_uniform,"
                + "dense:4:linear:zeros:ones&loss=huber:0.5&opt=rmsprop:0.9:0.5:centered&lr=0.005&decay=exp:0.9:5"
                + "&reg=l2:0.001&epochs=20"},
        {"v2-gaussians-adam-default-rate-rlr-ckpt-l1", "v=2&data=gaussians&layers=res(dense:8:relu,dense:8:relu),"
                + "dense:4:sigmoid:glorot_uniform:constant:0.1&loss=mae&opt=adam&rlr=val_loss:0.5:2:0.0001"
                + "&ckpt=val_loss:restore&reg=l1:0.001&epochs=20"},
        {"v2-clusters3-sgd-every-feature-l1l2", "v=2&data=clusters3&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2"
                + "&layers=dense:6:tanh:glorot_uniform,dense:5:softmax&opt=sgd&reg=l1l2:0.001:0.001&epochs=15"},
        {"v2-plane-rmse-version1-adam-leaky-init-es", "v=2&data=plane&layers=dense:6:leaky_relu:0.01:he_normal:untruncated,"
                + "dense:4:relu:random_normal:1&loss=rmse&opt=adam:0.9:0.999:paper&lr=0.01"
                + "&es=val_loss:3:0:restore:on_stop&epochs=20"},
        {"v2-gaussians-halfse-version1-nesterov", "v=2&data=gaussians&layers=dense:8:tanh:glorot_normal:untruncated"
                + "&loss=half_se&opt=nesterov:0.8:ema&lr=0.05&epochs=15"},
        {"v2-circle-mse-version1-adagrad", "v=2&data=circle&layers=dense:6:tanh&loss=mse&opt=adagrad:0:eps_outside"
                + "&lr=0.1&epochs=10"},
        {"v2-xor-version1-rmsprop", "v=2&data=xor&layers=dense:6:relu&opt=rmsprop:0.9:eps_outside&lr=0.01&epochs=10"},
        {"v2-insurance-blog-6-epochs", "v=2&data=insurance&target=charges&task=regression&split=tail"
                + "&layers=bn,dense:100:relu,bn,dropout:0.5,dense:100:relu,bn,dropout:0.5,dense:100:relu,bn"
                + "&loss=mse&lr=0.01&epochs=6&ckpt=val_loss:restore&rlr=val_loss:0.1:5:1e-7&es=val_loss:10:0.001"},
    };

    private GoldenRuns() {
    }

    /** One golden file: its name, spec query and recorded text. */
    record Golden(String name, String query, String record) {
        boolean needsInsurance() {
            return query.contains("data=insurance");
        }
    }

    static List<Golden> load() throws IOException {
        List<Golden> out = new ArrayList<>();
        try (var files = Files.list(DIR)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".golden")) {
                    continue;
                }
                String text = Files.readString(p, StandardCharsets.UTF_8);
                out.add(new Golden(name.substring(0, name.length() - ".golden".length()), GoldenRecord.specOf(text),
                        GoldenRecord.recordOf(text)));
            }
        }
        return out;
    }

    /** The insurance table, from $PLAYGROUND_DATA_DIR or ../../shared/datasets; null when neither has it. */
    static Table insurance() throws IOException {
        String env = System.getenv("PLAYGROUND_DATA_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "..", "shared", "datasets");
        Path csv = dir.resolve("insurance.csv");
        return Files.exists(csv) ? Csv.parse(Files.readString(csv)) : null;
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIR);
        Table insurance = insurance();
        for (String[] s : SPECS) {
            Path p = DIR.resolve(s[0] + ".golden");
            if (Files.exists(p)) {
                System.out.println("kept    " + p);
                continue;
            }
            String record = GoldenRecord.run(s[1], s[1].contains("data=insurance") ? insurance : null);
            Files.writeString(p, "spec " + s[1] + "\n" + record, StandardCharsets.UTF_8);
            System.out.println("written " + p);
        }
    }
}
