import type { GraphRelation } from "../../../server/contract/relation";
import type { NodeKind, RelationKind } from "../../../server/contract/vocabulary";
import { objectionMeaning, undercutterKinds } from "../../state/edit-relations";
import { describeRelation } from "../../state/graph-index";
import { NODE_THEME, RELATION_THEME } from "../../theme";
import { useAppState } from "../app-context";
import { RelationSwatch } from "../swatches";
import { NodeName } from "./connect-dialog";
import { TITLE_ADVICE } from "./node-dialog";

/** Parts of the undercut dialog (undercut-dialog.tsx). */

/** The relation objected to, as its two ends and its kind, and what objecting to it means. */
export function Inference({ relation }: { relation: GraphRelation }) {
  const index = useAppState((s) => s.loaded?.index);
  if (!index) return null;
  const from = index.nodes.get(relation.source);
  const to = relation.targetType === "node" ? index.nodes.get(relation.target) : undefined;
  const attacked = relation.targetType === "relation" ? index.relations.get(relation.target) : undefined;
  const toWords = to?.title ?? (attacked ? `(${describeRelation(index, attacked)})` : "?");
  const theme = RELATION_THEME[relation.relation];
  return (
    <div class="inference" aria-label="The inference objected to">
      <p class="inference-end">{from ? <NodeName node={from} /> : "?"}</p>
      <p class="inference-verb">
        <RelationSwatch style={theme} /> <strong>{theme.label}</strong>
      </p>
      <p class="inference-end">{to ? <NodeName node={to} /> : toWords}</p>
      <p class="field-note">Objecting says the reason does not carry: {objectionMeaning(relation.relation, from?.title ?? "?", toWords)}.</p>
    </div>
  );
}

interface NewObjectionProps {
  kind: NodeKind;
  setKind(kind: NodeKind): void;
  fields: { title: string; text: string };
  setTitle(title: string): void;
  setText(text: string): void;
  /** The quote of the passage selected in the reader, if any. */
  passage: string | null;
  quoted: boolean;
  setQuoted(quoted: boolean): void;
}

/** A new claim (or proposal) to object with; made from the selected passage, it is saved with it as its quote. */
export function NewObjection({ kind, setKind, fields, setTitle, setText, passage, quoted, setQuoted }: NewObjectionProps) {
  const kinds = undercutterKinds();
  return (
    <>
      {kinds.length > 1 && (
        <fieldset class="kind-choice inline-choice">
          <legend>Kind</legend>
          {kinds.map((k) => (
            <label key={k}>
              <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} /> {NODE_THEME[k].label}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        Title
        <input name="title" value={fields.title} maxLength={200} required onInput={(e) => setTitle(e.currentTarget.value)} />
        <span class={fields.title.length > TITLE_ADVICE ? "field-note warning" : "field-note"}>{fields.title.length} / {TITLE_ADVICE} characters</span>
      </label>
      <label>
        Full statement (optional)
        <textarea name="text" rows={2} value={fields.text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {passage && (
        <label class="check">
          <input type="checkbox" name="quoted" checked={quoted} onChange={(e) => setQuoted(e.currentTarget.checked)} />
          <span>
            Save the selected passage as its quote: <q>{passage.length > 120 ? `${passage.slice(0, 119)}…` : passage}</q>
          </span>
        </label>
      )}
    </>
  );
}

/** The kinds of relation the table allows from the objection to a relation: said as a fact when there is one. */
export function KindChoice({ kinds, chosen, onChoose }: { kinds: RelationKind[]; chosen: RelationKind | undefined; onChoose(kind: RelationKind): void }) {
  if (kinds.length === 0) return <p class="panel-hint">No relation of DESIGN.md's table goes from this kind of node to a relation.</p>;
  if (kinds.length === 1) {
    return (
      <p class="connect-end">
        Saved as an undercut: the objection <strong>{RELATION_THEME[kinds[0] as RelationKind].label}</strong> this inference.
      </p>
    );
  }
  return (
    <fieldset class="relation-choice">
      <legend>Relation</legend>
      {kinds.map((k) => (
        <label key={k}>
          <input type="radio" name="relation" value={k} checked={k === chosen} onChange={() => onChoose(k)} /> {RELATION_THEME[k].label}
        </label>
      ))}
    </fieldset>
  );
}
