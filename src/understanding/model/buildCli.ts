// `npm run build:models` (and the end of `npm run build`): trains the understanding models whose
// inputs changed, into dist/models. Add --force to retrain them all.
import { projectRoot } from './location';
import { buildShippedModels } from './tasks';

function main(): void {
  const force = process.argv.includes('--force');
  const built = buildShippedModels({ root: projectRoot(__dirname), force });
  for (const model of built) {
    process.stdout.write(
      `model ${model.task}.${model.name}: ${(model.bytes / 1024).toFixed(0)} KiB, sha256 ${model.sha256.slice(0, 16)}` +
        (model.trained ? `, trained in ${Math.round(model.ms)} ms\n` : ', up to date\n'),
    );
  }
}

main();
