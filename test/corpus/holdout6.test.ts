/**
 * The engine on the sixth, blind holdout (test/corpus/holdout6): 10 threads written by someone who had not
 * read the detection code (a freelancer under art. 293 B asking only for the payment date, "le paiement est
 * parti hier" contradicted, a deposit invoice paid and its balance owed, a "facture rectificative" for an
 * address only, a US client paying "via Bill.com next Tuesday", a UK client disputing the hours billed,
 * a W-9 asked before paying; look-alikes: a "relance" for missing documents, a purchase order, an expense
 * report between colleagues).
 * First run, before any fix: debtor 9/10, invoice number 9/10, due date 9/10, reminders 7/10, promise
 * 9/10, dispute 8/10, next step 5/10. After fixing the causes in general ways: 10/10 on every field.
 * Same thresholds as the labelled corpus.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './score';

suite('blind holdout threads (holdout6)', join(dirname(fileURLToPath(import.meta.url)), 'holdout6'), 0.9);
