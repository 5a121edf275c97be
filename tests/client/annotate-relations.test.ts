import { connectCandidates, relationChoices } from "../../client/state/edit-relations";
import { indexGraph } from "../../client/state/graph-index";
import { buildSearchIndex } from "../../client/state/search";
import { allowedRelations } from "../../server/contract/relation-rules";
import { aNode, sampleGraph } from "./graph-fixture";

const claim = aNode("c", "claim");
const proposal = aNode("p", "proposal");
const actor = aNode("a", "actor");

describe("relation kinds offered between two nodes", () => {
  test("a claim to a proposal: the reasons one way, and nothing a proposal may do to a claim but support or contradict", () => {
    expect(relationChoices(claim, proposal).map((c) => `${c.source}-${c.relation}-${c.target}`)).toEqual([
      "c-supports-p",
      "c-contradicts-p",
      "c-qualifies-p",
      "p-supports-c",
      "p-contradicts-c",
    ]);
  });

  test("drawn from a claim to an actor: 'concerns', and the actor's stances read backwards", () => {
    expect(relationChoices(claim, actor).map((c) => c.verb)).toEqual(["concerns", "is endorsed by", "is opposed by"]);
  });

  test("an actor to a proposal offers endorses, opposes and proposes; to another actor, nothing", () => {
    expect(relationChoices(actor, proposal).filter((c) => !c.reversed).map((c) => c.relation)).toEqual(["endorses", "opposes", "proposes"]);
    expect(relationChoices(actor, aNode("a2", "actor"))).toEqual([]);
  });

  test("never a node and itself", () => {
    expect(relationChoices(claim, claim)).toEqual([]);
  });

  test("every choice is one the server's table allows", () => {
    for (const [a, b] of [[claim, proposal], [proposal, proposal], [actor, claim], [claim, actor]] as const) {
      for (const c of relationChoices(a, b)) {
        const [source, target] = c.reversed ? [b, a] : [a, b];
        expect(allowedRelations(source.kind, target.kind)).toContain(c.relation);
      }
    }
  });
});

describe("nodes offered as the other end", () => {
  const graph = sampleGraph();
  const index = indexGraph(graph);
  const search = buildSearchIndex(graph.nodes);
  const source = index.nodes.get("a1")!;

  test("without a query: neighbours first, then the rest, never itself nor nodes no relation can join", () => {
    const ids = connectCandidates(index, search, source, "").map((n) => n.id);
    expect(ids).not.toContain("a1");
    expect(ids).not.toContain("a2");
    expect(ids.slice(0, 3).sort()).toEqual(["c1", "c2", "p1"]);
  });

  test("a query searches titles, aliases and text", () => {
    expect(connectCandidates(index, search, index.nodes.get("c5")!, "nunn lugar").map((n) => n.id)).toEqual(["p2"]);
  });
});
