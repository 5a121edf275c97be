import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { exportAifJson } from "../../../server/domain/formats/aif-export";
import { importAifJson } from "../../../server/domain/formats/aif-import";
import { exportArgdown } from "../../../server/domain/formats/argdown-export";
import { importArgdown } from "../../../server/domain/formats/argdown-import";
import { readArgdown } from "../../../server/domain/formats/argdown-parse";
import { exportCruxJson, importCruxJson } from "../../../server/domain/formats/crux-json";
import { exportCsv, importCsv } from "../../../server/domain/formats/csv";
import { exportCytoscapeJson, importCytoscapeJson } from "../../../server/domain/formats/cytoscape-json";
import { exportGraphml } from "../../../server/domain/formats/graphml-export";
import { importGraphml } from "../../../server/domain/formats/graphml-import";
import { exportKialo } from "../../../server/domain/formats/kialo-export";
import { importKialo } from "../../../server/domain/formats/kialo-import";
import { groupKeys, nodeKeys, relationKeys } from "./format-test-kit";

const TOLORAYA = join(__dirname, "../../../data/maps/toloraya-2009.map.json");

describe("the Toloraya map through every format", () => {
  // The seed map is written by hand; this test must run, never skip: fail loudly if the file is missing.
  test("the map file exists", () => {
    expect(existsSync(TOLORAYA)).toBe(true);
  });
  const load = () => importCruxJson(readFileSync(TOLORAYA, "utf8")).map;

  test("crux-json: identical after export and import", () => {
    const map = load();
    expect(importCruxJson(exportCruxJson(map)).map).toEqual(map);
  });

  test("aif-json, graphml, cytoscape-json and csv: every node, relation kind, undercut and linked group survives", async () => {
    const map = load();
    for (const [exportMap, importMap] of [[exportAifJson, importAifJson], [exportGraphml, importGraphml], [exportCytoscapeJson, importCytoscapeJson], [exportCsv, importCsv]] as const) {
      const { map: back } = importMap(exportMap(map));
      expect(nodeKeys(back)).toEqual(nodeKeys(map));
      expect(relationKeys(back)).toEqual(relationKeys(map));
      expect(groupKeys(back)).toEqual(groupKeys(map));
    }
  });

  test("argdown: @argdown/core reads the export with no errors, and import gives back every node and relation", async () => {
    const map = load();
    const text = exportArgdown(map);
    const { response, problems } = await readArgdown(text);
    expect(problems).toEqual([]);
    expect(Object.keys(response.statements!)).toHaveLength(map.nodes.filter((n) => n.kind !== "actor").length);
    const { map: back, warnings } = await importArgdown(text);
    expect(nodeKeys(back)).toEqual(nodeKeys(map));
    expect(relationKeys(back)).toEqual(relationKeys(map));
    expect(groupKeys(back)).toEqual(groupKeys(map));
    expect(warnings).toEqual([]);
  });

  test("kialo: every claim and proposal text and every support and contradiction between statements survives", () => {
    const map = load();
    const { map: back } = importKialo(exportKialo(map));
    const texts = (m: typeof map) => m.nodes.filter((n) => n.kind !== "actor").map((n) => (n.text || n.title).replace(/\s+/g, " ").trim()).sort();
    expect(texts(back)).toEqual(texts(map));
    const statementRelations = map.relations.filter((r) => (r.relation === "supports" || r.relation === "contradicts") && map.nodes.some((n) => n.id === r.target));
    expect(back.relations).toHaveLength(statementRelations.length);
  });
});
