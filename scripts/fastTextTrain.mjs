// Trains one supervised fastText model with fasttext.wasm and writes its .bin file, byte for byte the
// same for the same corpus and settings (one thread, a fixed seed). Optionally predicts a list of lines
// with fastText itself, so the build can check Signpost's own reader of the model against it.
// Used by the model build (src/understanding/model/build.ts), which writes each task's corpus from
// its labelled data through that task's features:
//   node scripts/fastTextTrain.mjs <settings.json> <corpus.txt> <model.bin> [<lines.txt> <predictions.json>]
// settings.json holds fastText's training arguments (dim, epoch, lr, wordNgrams, minn, maxn, bucket,
// minCount, neg, ws, lrUpdateRate, t, loss, seed).
import { readFileSync, writeFileSync } from 'node:fs';
import { FastText } from 'fasttext.wasm';

const [settingsPath, corpusPath, modelPath, linesPath, predictionsPath] = process.argv.slice(2);
if (!settingsPath || !corpusPath || !modelPath) {
  process.stderr.write(
    'usage: fastTextTrain.mjs <settings.json> <corpus.txt> <model.bin> [<lines.txt> <predictions.json>]\n',
  );
  process.exit(2);
}

const settings = JSON.parse(readFileSync(settingsPath, 'utf8'));
const fastText = await FastText.create();
const { core } = fastText;
core.FS.writeFile('/corpus.txt', readFileSync(corpusPath));

const args = new core.Args();
args.input = '/corpus.txt';
args.output = '/model';
args.model = core.ModelName.supervised;
args.loss = settings.loss === 'softmax' ? core.LossName.softmax : core.LossName.ova;
args.label = '__label__';
args.verbose = 0;
// One thread and a fixed seed: the same corpus gives the same bytes.
args.thread = 1;
for (const name of ['dim', 'epoch', 'lr', 'wordNgrams', 'minn', 'maxn', 'bucket', 'minCount', 'neg', 'ws']) {
  if (settings[name] !== undefined) args[name] = settings[name];
}
for (const name of ['lrUpdateRate', 't', 'seed']) {
  if (settings[name] !== undefined) args[name] = settings[name];
}

const trainer = core.FastText ? new core.FastText() : undefined;
if (!trainer) throw new Error('fasttext.wasm has no FastText class');
trainer.train(args, () => {});
trainer.saveModel('/model.bin');
writeFileSync(modelPath, core.FS.readFile('/model.bin'));

if (linesPath && predictionsPath) {
  const lines = readFileSync(linesPath, 'utf8').split('\n');
  const predictions = lines.map((line) => {
    const vector = trainer.predict(line, -1, 0);
    const out = {};
    for (let i = 0; i < vector.size(); i += 1) {
      const [probability, label] = vector.get(i);
      out[label.replace(/^__label__/, '')] = probability;
    }
    vector.delete();
    return out;
  });
  writeFileSync(predictionsPath, JSON.stringify(predictions));
}
