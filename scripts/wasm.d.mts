/** Every .wat under src/ whose generated module is not up to date (written unless checking). */
export function stale(check: boolean): Promise<string[]>;
