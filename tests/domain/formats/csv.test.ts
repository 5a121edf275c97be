import { exportCsv, exportCsvFiles, importCsv, importCsvFiles } from "../../../server/domain/formats/csv";
import { formatCsv, parseCsv } from "../../../server/domain/formats/csv-text";
import { ProblemList } from "../../../server/domain/formats/problems";
import { groupKeys, nodeKeys, readInvalid, readValid, refusal, relationKeys, smallMap } from "./format-test-kit";

describe("csv text (RFC 4180)", () => {
  test("quotes fields with commas, quotes and line breaks, doubles quotes, ends records with CRLF", () => {
    expect(formatCsv([["a", "b,c", 'say "hi"', "two\nlines", ""]])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
  });

  test("parses what it formats, whatever the fields hold", () => {
    const rows = [["x", ' spaced ', '""', "\r\n", ",", "é🚀"], ["", "", "", "", "", ""]];
    const problems = new ProblemList();
    expect(parseCsv(formatCsv(rows), problems).map((r) => r.fields)).toEqual(rows);
    expect(problems.count).toBe(0);
  });
});

describe("csv", () => {
  test("exports the small map as the golden pair of tables (nodes, empty line, edges)", () => {
    expect(exportCsv(smallMap())).toBe(readValid("small-map.csv"));
    const files = exportCsvFiles(smallMap());
    expect(exportCsv(smallMap())).toBe(`${files.nodes}\r\n${files.edges}`);
  });

  test("round trip keeps nodes, every relation kind, the undercut, groups, strength, notes and positions", () => {
    const map = smallMap();
    const { map: back, warnings } = importCsv(exportCsv(map));
    expect(nodeKeys(back)).toEqual(nodeKeys(map));
    expect(relationKeys(back)).toEqual(relationKeys(map));
    expect(groupKeys(back)).toEqual(groupKeys(map));
    const strip = (m: typeof map) => m.nodes.map(({ kind, title, text, aliases, tags, position }) => ({ kind, title, text, aliases, tags, position }));
    expect(strip(back)).toEqual(strip(map));
    expect(warnings).toEqual([]);
  });

  test("loses the map's names (given as options instead), documents and excerpts", () => {
    const { map: back } = importCsvFiles(exportCsvFiles(smallMap()), { slug: "from-csv", title: "From CSV" });
    expect(back.map).toEqual({ slug: "from-csv", title: "From CSV", description: "" });
    expect(back.documents).toEqual([]);
  });

  test("reads a Kumu-style file without IDs: labels name the nodes, multi-line quoted texts, unknown columns and kinds reported", () => {
    const { map, warnings } = importCsv(readValid("kumu-style.csv"));
    expect(map.nodes.map((n) => [n.kind, n.title, n.tags])).toEqual([
      ["proposal", "Lift sanctions", ["policy", "key"]],
      ["claim", "Sanctions failed", []],
      ["actor", "Russia", []],
    ]);
    expect(map.nodes[1]!.text).toBe('Isolation did not stop the "nuclear" programme.\nTwo tests followed.');
    expect(relationKeys(map)).toEqual(["endorses | actor:Russia | proposal:Lift sanctions", "supports | claim:Sanctions failed | proposal:Lift sanctions"]);
    expect(warnings).toEqual(['Edges of kind "influences" have no Crux equivalent and were left out', "Columns with no Crux equivalent were left out: element type"]);
  });

  test("refuses malformed CSV, listing every problem with its table and line", async () => {
    const error = await refusal(() => importCsv(readInvalid("malformed.csv")));
    expect(error.details.errors).toEqual([
      { path: "nodes line 3", message: "a quote inside an unquoted field (quote the whole field and double the quote)" },
      { path: "nodes line 4", message: "text follows the closing quote of a field" },
      { path: "nodes line 2", message: "expected 4 fields, found 3" },
      { path: "edges line 10", message: "a quoted field is never closed" },
      { path: "edges line 9", message: "expected 4 fields, found 5" },
      { path: "edges line 8", message: 'To "c9" is not the ID of a node or an edge' },
    ]);
  });

  test("refuses a single table without the empty line and the edges table", async () => {
    const error = await refusal(() => importCsv("Label,Type\r\nA,Claim\r\n"));
    expect(error.details.errors).toEqual([{ path: "", message: "expected the nodes table, an empty line, then the edges table" }]);
  });
});
