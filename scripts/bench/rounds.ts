import type { ProcessFigures } from './measure-process.ts';

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface PeerComparison {
	/** Median over the rounds of project ÷ peer, each round's two builds taken back to back. */
	ratio: { wallTime: number; peakMemory: number };
	median: { project: ProcessFigures; peer: ProcessFigures };
}

/**
 * Compares alternating builds. The ratio is taken within each round and then the median of the
 * rounds: the two builds of a round ran minutes apart, so load that comes and goes on a shared
 * machine skews a round's pair less than it skews a median taken over each side separately.
 */
export function comparePeer(rounds: readonly { project: ProcessFigures; peer: ProcessFigures }[]): PeerComparison {
	const medianOf = (pick: (round: (typeof rounds)[number]) => number) => median(rounds.map(pick));
	return {
		ratio: {
			wallTime: medianOf((r) => r.project.wallMs / r.peer.wallMs),
			peakMemory: medianOf((r) => r.project.peakMemoryBytes / r.peer.peakMemoryBytes),
		},
		median: {
			project: { wallMs: medianOf((r) => r.project.wallMs), peakMemoryBytes: medianOf((r) => r.project.peakMemoryBytes) },
			peer: { wallMs: medianOf((r) => r.peer.wallMs), peakMemoryBytes: medianOf((r) => r.peer.peakMemoryBytes) },
		},
	};
}
