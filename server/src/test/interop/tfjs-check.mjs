// Runs the real TensorFlow.js (CPU backend, pure JavaScript) on what TfjsInteropTest writes: opens each exported
// model with tf.io.fromMemory, predicts, and trains from the exported weights with the same optimizer and loss.
// Usage: node tfjs-check.mjs cases.json results.json   (TF.js resolved from node_modules beside this file, or NODE_PATH)
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs');

const [casesFile, resultsFile] = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));

function artifacts(c) {
  const model = JSON.parse(fs.readFileSync(c.dir + '/model.json', 'utf8'));
  const bin = fs.readFileSync(c.dir + '/' + model.weightsManifest[0].paths[0].replace('./', ''));
  const weightData = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
  return tf.io.fromMemory({
    modelTopology: model.modelTopology,
    weightSpecs: model.weightsManifest[0].weights,
    weightData,
    userDefinedMetadata: model.userDefinedMetadata,
  });
}

// The documented preprocessing of userDefinedMetadata.backpropPlayground, applied to raw rows.
function prepare(rows, pre) {
  return rows.map(row => {
    const out = [];
    for (const f of pre.features) {
      const v = row[f.column];
      if (f.transform === 'onehot') {
        const cell = v === null || v === '' ? f.fill : String(v);
        for (const c of f.categories) out.push(cell === c ? 1 : 0);
      } else if (f.transform !== 'drop') {
        const x = v === null || v === '' ? f.fill : Number(v);
        out.push(f.transform === 'passthrough' ? x : (x - f.a) / f.b);
      }
    }
    return out;
  });
}

function optimizer(o) {
  switch (o.name) {
    case 'sgd': return tf.train.sgd(o.lr);
    case 'momentum': return tf.train.momentum(o.lr, o.beta, false);
    case 'nesterov': return tf.train.momentum(o.lr, o.beta, true);
    case 'adagrad': return tf.train.adagrad(o.lr, o.initialAccumulator);
    case 'rmsprop': return tf.train.rmsprop(o.lr, o.rho, o.momentum, o.epsilon, o.centered);
    case 'adam': return tf.train.adam(o.lr, o.beta1, o.beta2, o.epsilon);
    default: throw new Error('no optimizer ' + o.name);
  }
}

function loss(l) {
  switch (l.name) {
    case 'mse': return 'meanSquaredError';
    case 'mae': return 'meanAbsoluteError';
    case 'bce': return 'binaryCrossentropy';
    case 'cce': return 'categoricalCrossentropy';
    case 'huber': return (y, p) => tf.mean(tf.losses.huberLoss(y, p, undefined, l.delta, tf.Reduction.NONE), -1);
    case 'rmse': return (y, p) => tf.sqrt(tf.mean(tf.square(tf.sub(y, p))));
    case 'half_se': return (y, p) => tf.mul(0.5, tf.sum(tf.square(tf.sub(y, p)), -1));
    default: throw new Error('no loss ' + l.name);
  }
}

function weights(model) {
  const out = {};
  for (const w of model.weights) out[w.originalName] = Array.from(w.read().dataSync());
  return out;
}

const results = {};
for (const c of cases) {
  const model = await tf.loadLayersModel(artifacts(c));
  const r = { layers: model.layers.map(l => l.getClassName()), params: model.countParams() };
  if (c.rows) {
    const meta = model.getUserDefinedMetadata().backpropPlayground;
    const x = tf.tensor2d(prepare(c.rows, meta.preprocessing));
    const y = model.predict(x).arraySync();
    const t = meta.preprocessing.target;
    r.predictions = y.map(row => row[0] * t.std + t.mean);
  }
  if (c.train) {
    model.compile({ optimizer: optimizer(c.train.optimizer), loss: loss(c.train.loss) });
    const x = tf.tensor2d(c.train.x, [c.train.rows, c.train.x.length / c.train.rows]);
    const y = tf.tensor2d(c.train.y, [c.train.rows, c.train.y.length / c.train.rows]);
    r.after = {};
    for (let step = 1; step <= Math.max(...c.train.steps); step++) {
      await model.trainOnBatch(x, y);
      if (c.train.steps.includes(step)) r.after[step] = weights(model);
    }
  }
  results[c.name] = r;
}
fs.writeFileSync(resultsFile, JSON.stringify(results));
