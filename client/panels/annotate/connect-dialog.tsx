import { useMemo, useState } from "preact/hooks";
import type { GraphNode } from "../../../server/contract/node";
import { connectCandidates, relationChoices, type RelationChoice } from "../../state/edit-relations";
import { openDialog } from "../../state/edit-state";
import { NODE_THEME } from "../../theme";
import { useAppState, useServices } from "../app-context";
import { NodeSwatch } from "../swatches";
import { useBusy, useEditor } from "./editor-context";
import { FormProblem, Modal } from "./modal";

/**
 * Connects two nodes: the other end is picked from a searchable list (or was drawn in the graph), then the kind,
 * among only those DESIGN.md's table allows between the two, in either direction, each said as a sentence.
 */
export function ConnectDialog({ source, target }: { source: string; target: string | null }) {
  const { app } = useServices();
  const loaded = useAppState((s) => s.loaded);
  const editor = useEditor();
  const busy = useBusy();
  const failure = useAppState((s) => s.edit.failure);
  const [picked, setPicked] = useState<string | null>(target);
  const [query, setQuery] = useState("");
  const [choice, setChoice] = useState(0);
  const [note, setNote] = useState("");
  const from = loaded?.index.nodes.get(source);
  const to = picked ? loaded?.index.nodes.get(picked) : undefined;
  const candidates = useMemo(() => (loaded && from && !to ? connectCandidates(loaded.index, loaded.search, from, query) : []), [loaded, from, to, query]);
  const choices = useMemo(() => (from && to ? relationChoices(from, to) : []), [from, to]);
  const close = () => openDialog(app.store, null);
  if (!loaded || !from) return null;
  const chosen: RelationChoice | undefined = choices[choice];
  return (
    <Modal title="Connect" onClose={close} testId="connect-dialog">
      <form
        class="edit-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) void editor.createRelation(chosen, note);
        }}
      >
        <p class="connect-end">
          From <NodeName node={from} />
        </p>
        {!to ? (
          <>
            <label>
              To which node?
              <input name="target-search" type="search" value={query} placeholder="Search by title, alias or text" onInput={(e) => setQuery(e.currentTarget.value)} />
            </label>
            <ul class="pick-list" role="listbox" aria-label="Nodes to connect to">
              {candidates.map((n) => (
                <li key={n.id} role="option" aria-selected={false}>
                  <button type="button" class="pick" onClick={() => { setPicked(n.id); setChoice(0); }}>
                    <NodeName node={n} />
                  </button>
                </li>
              ))}
              {candidates.length === 0 && <li class="panel-hint">No node matches that can be connected to this {NODE_THEME[from.kind].label.toLowerCase()}.</li>}
            </ul>
          </>
        ) : (
          <>
            <p class="connect-end">
              To <NodeName node={to} />{" "}
              <button type="button" class="link-button" onClick={() => setPicked(null)}>change</button>
            </p>
            <fieldset class="relation-choice">
              <legend>Relation</legend>
              {choices.map((c, i) => (
                <label key={`${c.relation}-${c.reversed}`}>
                  <input type="radio" name="relation" value={c.relation} checked={i === choice} onChange={() => setChoice(i)} />
                  <span>
                    {c.reversed ? to.title : from.title} <strong>{c.relation.replace("_", " ")}</strong> {c.reversed ? from.title : to.title}
                  </span>
                </label>
              ))}
              {choices.length === 0 && <p class="panel-hint">No relation of DESIGN.md's table joins these two kinds of node.</p>}
            </fieldset>
            <label>
              Note (optional)
              <textarea name="note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
          </>
        )}
        <FormProblem text={failure} />
        <div class="form-actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" class="primary" disabled={!chosen || busy !== null}>{busy ? "Saving…" : "Add the relation"}</button>
        </div>
      </form>
    </Modal>
  );
}

export function NodeName({ node }: { node: GraphNode }) {
  return (
    <span class="node-name">
      <NodeSwatch style={NODE_THEME[node.kind]} size={11} />
      <span>{node.title}</span>
    </span>
  );
}
