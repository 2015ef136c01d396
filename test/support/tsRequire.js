// Lets a child process run the TypeScript sources as they are (`node -r ./test/support/tsRequire.js
// src/server/main.ts`), for tests that need Signpost in a process of its own (shutdown, a turn-lock
// holder killed mid-turn). Each file is transpiled on load with the project's compiler options; type
// checking is `npm run lint`'s job, as in jest.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const configFile = path.join(__dirname, '..', '..', 'tsconfig.json');
const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, path.dirname(configFile));
const compilerOptions = { ...options, noEmit: false, sourceMap: false, inlineSourceMap: true };

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
