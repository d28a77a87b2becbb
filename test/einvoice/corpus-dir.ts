// Where the read-only test corpus lives: `shared/` beside the repository (CI), or the workplace copy.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const corpusDir = [join(process.cwd(), '..', 'shared', 'corpus', 'einvoices'), '/work/shared/corpus/einvoices']
  .find((d) => existsSync(join(d, 'expected.json'))) ?? join(process.cwd(), '..', 'shared', 'corpus', 'einvoices');
