/**
 * The engine on the tenth, blind holdout (test/corpus/holdout10): 6 threads written by someone who had not
 * read the detection code (a wine merchant's private customer, reminders between partners who say "tu"
 * and never write "relance", "voir capture du virement programmé pour le 12", an automated AR tool, a pro
 * forma then the invoice; look-alike: a customer chasing us for a deposit refund).
 * First run, before any fix: reminders 5/6, promise 5/6, next step 4/6, every other field 6/6. After
 * fixing the causes in general ways: 6/6 on every field. Same thresholds as the labelled corpus.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './score';

suite('blind holdout threads (holdout10)', join(dirname(fileURLToPath(import.meta.url)), 'holdout10'), 0.9);
