/**
 * Identity resolution: whether two records name the same person although agencies spell names,
 * write dates and addresses their own way. Name keys that survive German and transliterated
 * spellings ({@link org.netzbild.resolve.NameFolding}, Kölner Phonetik and Beider-Morse from Apache
 * Commons Codec), blocking ({@link org.netzbild.resolve.BlockingKeys}), scoring with an explanation
 * per pair ({@link org.netzbild.resolve.PairScorer}) and the candidates across agencies
 * ({@link org.netzbild.resolve.CandidateFinder}). Plain Java over the records of {@code model}: no
 * store, no JavaFX, no Cypher, so that imports, the command line, the desktop and the benchmarks
 * share one matcher (ADR 0031).
 */
package org.netzbild.resolve;
