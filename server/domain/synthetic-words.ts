/** Vocabulary for the synthetic maps of bench/: policy-sounding nouns, verbs and names, mixed by a seeded generator. */
export const NOUNS = [
  "economic engagement", "the sanctions regime", "a security guarantee", "the six-party process", "direct talks",
  "food aid", "the nuclear programme", "regional trade", "joint military exercises", "the armistice", "a peace treaty",
  "energy cooperation", "the missile moratorium", "humanitarian access", "the export-control regime",
  "rail links across the border", "inspections by the IAEA", "confidence-building measures", "Pyongyang’s (평양) reform",
];
export const OBJECTS = [
  ...NOUNS, "regional stability", "trust between the parties", "détente in Northeast Asia", "a verifiable freeze",
  "the regime’s survival", "the alliance with Seoul", "Beijing’s (北京) leverage", "the non-proliferation treaty",
];
export const VERBS = [
  "would strengthen", "undermines", "has weakened", "cannot replace", "will encourage", "would delay", "rewards",
  "makes possible", "threatens", "depends on", "reinforces", "will not survive", "complicates", "is a precondition for",
];
export const ACTIONS = ["set up", "resume", "offer", "lift", "fund", "extend", "guarantee", "negotiate", "freeze", "widen"];
export const TAILS = [
  "", "", "", " in the long run", " unless the talks resume", " as the 2009 crisis showed", " — a point critics miss",
  " within a decade", " if Beijing agrees", ", at least for now", " according to most observers", " (see note 𝟙)",
];
export const FILLERS = [
  "The history of the past two decades is instructive here.", "Much depends on how the next round of talks unfolds.",
  "Observers in Moscow and Seoul read the signals differently.", "None of this is new.", "The record is mixed.",
];
export const STATES = ["Russia", "China", "Japan", "South Korea", "the United States", "North Korea", "the European Union", "Mongolia"];
export const CITIES = ["Moscow", "Beijing", "Tokyo", "Seoul", "Washington", "Pyongyang", "Brussels", "Vladivostok"];
export const CAMPS = ["conservatives", "reformers", "hawks", "realists", "business lobby", "foreign ministry", "think tanks"];
export const FIRST = ["Georgy", "John", "Mi-kyung", "Wei", "Haruki", "Anna", "Pavel", "Susan", "Jae-won", "Élise"];
export const LAST = ["Toloraya", "Delury", "Park", "Zhang", "Sato", "Ivanova", "Orlov", "Reed", "Kim", "Moreau"];
