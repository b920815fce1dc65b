// Shims for the `natural` submodules saidby imports directly: the package
// root pulls in 77 MB of corpora and prints to stdout, so only these files are loaded.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** 1 for identical strings, 0 for nothing in common. */
  function jaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean; dj?: number }): number;
  export default jaroWinklerDistance;
}

declare module 'natural/lib/natural/phonetics/double_metaphone.js' {
  class DoubleMetaphone {
    /** [primary, secondary] codes: "grenell" -> ["KRNL", "KRNL"]. */
    process(token: string, maxLength?: number): [string, string];
    compare(a: string, b: string): boolean;
  }
  export default DoubleMetaphone;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: {
    /** "blocking" -> "block", "pipelines" -> "pipelin". */
    stem(token: string): string;
  };
  export default PorterStemmer;
}
