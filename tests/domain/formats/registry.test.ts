import { FORMAT_NAMES, FORMATS, getFormat, isFormatName } from "../../../server/domain/formats";
import { nodeKeys, refusal, smallMap } from "./format-test-kit";

describe("format registry", () => {
  test("names the seven formats of DESIGN.md, each with a content type, an extension, an export and an import", () => {
    expect(FORMAT_NAMES).toEqual(["crux-json", "aif-json", "argdown", "kialo", "graphml", "cytoscape-json", "csv"]);
    for (const name of FORMAT_NAMES) {
      const format = FORMATS[name];
      expect(format).toMatchObject({ name, contentType: expect.stringMatching(/^[a-z]+\/[a-z+.-]+/), extension: expect.stringMatching(/^\./) });
      expect(typeof format.exportMap).toBe("function");
      expect(typeof format.importMap).toBe("function");
    }
  });

  test.each(FORMAT_NAMES)("%s: every claim and proposal of an export comes back through the generic import", async (name) => {
    const map = smallMap();
    const format = getFormat(name);
    const { map: back } = await format.importMap!(format.exportMap(map), { slug: "back", title: "Back" });
    expect(back.map).toMatchObject({ slug: "back", title: "Back" });
    const statements = (m: typeof map) => m.nodes.filter((n) => n.kind !== "actor").map((n) => n.text.replace(/\s+/g, " ")).sort();
    expect(statements(back)).toEqual(statements(map));
    if (name !== "kialo") expect(nodeKeys(back)).toEqual(nodeKeys(map));
  });

  test("imports resolve to a promise and report refusals as rejections", async () => {
    const error = await refusal(() => FORMATS.graphml.importMap!("<!DOCTYPE x><graphml/>"));
    expect(error.code).toBe("invalid_map_file");
  });

  test("an unknown format name is a validation error listing the known ones", async () => {
    expect(isFormatName("argdown")).toBe(true);
    expect(isFormatName("pdf")).toBe(false);
    const error = await refusal(() => getFormat("pdf"));
    expect(error).toMatchObject({ code: "validation_failed", details: { errors: [{ path: "format", message: expect.stringContaining("crux-json, aif-json, argdown") }] } });
  });
});
