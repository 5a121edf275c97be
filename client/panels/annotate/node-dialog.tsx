import { useState } from "preact/hooks";
import type { GraphNode } from "../../../server/contract/node";
import type { NodeKind } from "../../../server/contract/vocabulary";
import { suggestTitle, type Passage } from "../../state/edit-selection";
import { openDialog } from "../../state/edit-state";
import { NODE_THEME } from "../../theme";
import { useAppState, useServices } from "../app-context";
import { useBusy, useEditor } from "./editor-context";
import { FormProblem, Modal, splitList } from "./modal";

/** Titles longer than this wrap badly in the graph (the Toloraya map keeps every title within it). */
export const TITLE_ADVICE = 80;

/** A new claim, proposal or actor (from a passage of the reader, or blank), or an existing node to edit. */
export function NodeDialog({ kind, nodeId, passage }: { kind: NodeKind; nodeId: string | null; passage: Passage | null }) {
  const live = useAppState((s) => (nodeId ? s.loaded?.index.nodes.get(nodeId) : undefined));
  // The node as it was when the dialog opened: the version the change is based on, even if a live update arrives.
  const [opened] = useState(live);
  if (nodeId && (!opened || !live)) return <GoneDialog />;
  return <NodeForm kind={opened?.kind ?? kind} node={opened ?? null} passage={passage} changedMeanwhile={live !== undefined && opened !== undefined && live.version !== opened.version} />;
}

function GoneDialog() {
  const { app } = useServices();
  return (
    <Modal title="This node was deleted" onClose={() => openDialog(app.store, null)}>
      <p>Someone deleted this node while you were editing it. Nothing was saved.</p>
    </Modal>
  );
}

interface NodeFormProps {
  kind: NodeKind;
  node: GraphNode | null;
  passage: Passage | null;
  /** Someone saved this node since the dialog opened: saving will show both versions. */
  changedMeanwhile: boolean;
}

function NodeForm({ kind: initialKind, node, passage, changedMeanwhile }: NodeFormProps) {
  const { app } = useServices();
  const editor = useEditor();
  const busy = useBusy();
  const failure = useAppState((s) => s.edit.failure);
  const [kind, setKind] = useState<NodeKind>(initialKind);
  const [title, setTitle] = useState(node?.title ?? (passage ? suggestTitle(passage.quote, TITLE_ADVICE) : ""));
  const [text, setText] = useState(node?.text ?? (passage ? passage.quote.replace(/\s+/g, " ").trim() : ""));
  const [aliases, setAliases] = useState((node?.aliases ?? []).join(", "));
  const close = () => openDialog(app.store, null);
  const words = NODE_THEME[kind].label.toLowerCase();
  const heading = node ? `Edit the ${words}` : passage ? `New ${words} from the passage` : `New ${words}`;

  const save = (event: Event) => {
    event.preventDefault();
    const list = kind === "actor" ? splitList(aliases) : [];
    if (!node) {
      void editor.createNode({ kind, title: title.trim(), text: text.trim(), aliases: list, passage });
      return;
    }
    const patch: { title?: string; text?: string; aliases?: string[] } = {};
    if (title.trim() !== node.title) patch.title = title.trim();
    if (text.trim() !== node.text) patch.text = text.trim();
    if (kind === "actor" && JSON.stringify(list) !== JSON.stringify(node.aliases)) patch.aliases = list;
    if (Object.keys(patch).length === 0) close();
    else void editor.updateNode(node, patch);
  };

  return (
    <Modal title={heading} onClose={close} testId="node-dialog">
      <form class="edit-form" onSubmit={save}>
        {passage && (
          <figure class="quote dialog-quote">
            <blockquote>{passage.quote}</blockquote>
            <figcaption>Saved with the node as its quote (characters {passage.start}–{passage.end} of the source).</figcaption>
          </figure>
        )}
        {!node && passage && (
          <fieldset class="kind-choice">
            <legend>Kind</legend>
            {(["claim", "proposal"] as const).map((k) => (
              <label key={k}>
                <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} /> {NODE_THEME[k].label}
                <span class="panel-hint"> {NODE_THEME[k].description.toLowerCase()}</span>
              </label>
            ))}
          </fieldset>
        )}
        <label>
          Title
          <input name="title" value={title} maxLength={200} required onInput={(e) => setTitle(e.currentTarget.value)} />
          <span class={title.length > TITLE_ADVICE ? "field-note warning" : "field-note"}>
            {title.length} / {TITLE_ADVICE} characters{title.length > TITLE_ADVICE ? ": shorter titles read better in the graph" : ""}
          </span>
        </label>
        <label>
          {kind === "actor" ? "Description" : "Full statement"}
          <textarea name="text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        {kind === "actor" && (
          <label>
            Also called (comma-separated)
            <input name="aliases" value={aliases} placeholder="Moscow, the Kremlin" onInput={(e) => setAliases(e.currentTarget.value)} />
          </label>
        )}
        {changedMeanwhile && <p class="field-note warning">Someone saved a new version of this node while you were editing. When you save, you will see both versions and choose.</p>}
        <FormProblem text={failure} />
        <div class="form-actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" class="primary" disabled={busy !== null || !title.trim()}>
            {busy ? "Saving…" : node ? "Save" : `Add the ${words}`}
          </button>
        </div>
      </form>
    </Modal>
  );
}
