/** The user's ledger (balance âgée CSV) and the tolerant readers of human amounts and dates it needs. */
export { parseLedgerCsv, type LedgerParse } from './csv';
export { matchLedger, invoiceKey, type LedgerQuery } from './match';
export { parseAmount, parseAmountWithCurrency, type ParsedAmount } from './amount';
export { parseDate as parseHumanDate, findDate as findHumanDate } from './date';
