// npm run build: the bundle (rollup), type declarations (tsc) and custom-elements.json (cem).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly', '--declaration', '--declarationDir', 'dist/types']);
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--quiet']);
console.log('Built dist/ and custom-elements.json');
