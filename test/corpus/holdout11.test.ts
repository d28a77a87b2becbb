/**
 * The engine on the eleventh, blind holdout (test/corpus/holdout11): 6 threads written by someone who had
 * not read the detection code (a transfer short by the bank fees and the difference asked, a Belgian
 * structured payment reference, a collection agency writing with the owner in copy, "je regarde" then
 * "c'est parti ce matin", a card payment link; look-alike: a hotel's deposit request to us).
 * First run, before any fix: reminders 5/6, paid 5/6, next step 5/6, every other field 6/6. After fixing
 * the cause in a general way: 6/6 on every field. Same thresholds as the labelled corpus.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './score';

suite('blind holdout threads (holdout11)', join(dirname(fileURLToPath(import.meta.url)), 'holdout11'), 0.9);
