import { buildMap, type MapSpec } from "./map-builder";

export const FIXTURE_TEXT =
  "Russia would strongly support such a policy. A trilateral mechanism would lower the risk of a crisis, " +
  "because the three powers would share early warning. Their diplomats already meet monthly. " +
  "Beijing distrusts Washington and would stall. Chinese officials said so in 2008. " +
  "However, some in Moscow fear a US military presence near its borders. Such fears are overblown. " +
  "Talks among rivals rarely produce results.";

/**
 * A small debate on one proposal, T. Reasons for T: b (strength unset, i.e. 1) backed by a chain b1 ← b2, a (0.9)
 * with a caveat q1 and an objection o1 that ans1 answers, d (0.5) which e defeats. Reasons against T: f (unset) in a
 * mutual attack with g, c (0.7) backed by c1. o2 undercuts "b supports T" and nothing answers it. q0 qualifies T.
 * Russia (an actor) endorses a: actors are never reasons.
 */
export const DEBATE: MapSpec = {
  document: {
    id: "doc",
    title: "A Russian Perspective",
    authors: ["Georgy Toloraya"],
    venue: "The Asia-Pacific Journal",
    date: "2009-02-09",
    url: "https://apjjf.org/toloraya",
    text: FIXTURE_TEXT,
  },
  nodes: {
    T: "proposal: Trilateral mechanism",
    a: "claim: Russia would support it",
    b: "claim: It lowers crisis risk",
    b1: "claim: Shared early warning",
    b2: "claim: Diplomats already meet",
    c: "claim: Beijing would stall",
    c1: "claim: Chinese officials said so",
    d: "claim: It is cheap",
    e: "claim: It is not cheap",
    f: "claim: Rivals cannot agree",
    g: "claim: Rivals can agree",
    o1: "claim: Moscow fears US presence",
    ans1: "claim: The fears are overblown",
    o2: "claim: Talks among rivals fail",
    q0: "claim: Unless Pyongyang objects",
    q1: "claim: Only while Moscow's interests are heard",
    russia: "actor: Russia",
  },
  relations: [
    "rA: a supports T 0.9",
    "rB: b supports T",
    "rB1: b1 supports b",
    "rB2: b2 supports b1",
    "rC: c contradicts T 0.7",
    "rC1: c1 supports c",
    "rD: d supports T 0.5",
    "rE: e contradicts d",
    "rF: f contradicts T",
    "rG: g contradicts f",
    "rFG: f contradicts g",
    "rO1: o1 contradicts a",
    "rAns1: ans1 contradicts o1",
    "rO2: o2 contradicts rB",
    "rQ0: q0 qualifies T",
    "rQ1: q1 qualifies a",
    "rRussia: russia endorses a",
  ],
  quotes: {
    a: ["Russia would strongly support such a policy"],
    rA: ["such a policy"],
    b: ["A trilateral mechanism would lower the risk of a crisis"],
    b1: ["the three powers would share early warning"],
    b2: ["Their diplomats already meet monthly"],
    c: ["Beijing distrusts Washington and would stall"],
    c1: ["Chinese officials said so in 2008"],
    o1: ["some in Moscow fear a US military presence near its borders"],
    ans1: ["Such fears are overblown"],
    o2: ["Talks among rivals rarely produce results"],
  },
};

export const debateMap = () => buildMap(DEBATE);
