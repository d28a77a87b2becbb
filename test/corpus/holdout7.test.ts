/**
 * The engine on the seventh, blind holdout (test/corpus/holdout7): 8 threads written by someone who had not
 * read the detection code (a formal "nous vous saurions gré" letter, "je m'en occupe", payment promised on
 * the debtor's own client paying, an extension granted, an English statement of account with a part-paid
 * invoice, a card payment confirmed; look-alikes: a supplier's reminder to us, a newsletter on chasing).
 * First run, before any fix: debtor 8/8, amount 7/8, due date 7/8, promise 7/8, paid 7/8, dispute 7/8,
 * next step 5/8. After fixing the causes in general ways: 8/8 on every field. Same thresholds as the
 * labelled corpus.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './score';

suite('blind holdout threads (holdout7)', join(dirname(fileURLToPath(import.meta.url)), 'holdout7'), 0.9);
