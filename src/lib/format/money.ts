const exact = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 });

/**
 * Rubles as the sources write them, the same number and nothing rounded: whole millions and
 * billions in words (`1,5 млн ₽`, `10,4 млрд ₽`), any other sum in full (`189 645 ₽`).
 */
export function formatRubles(amount: number): string {
	if (amount >= 1e9 && amount % 1e6 === 0) return `${exact.format(amount / 1e9)} млрд ₽`;
	if (amount >= 1e6 && amount % 1e3 === 0) return `${exact.format(amount / 1e6)} млн ₽`;
	// A non-breaking space keeps a sum on one line; Intl writes its own between the digit groups.
	return `${exact.format(amount)}\u00a0₽`;
}
