// cytoscape-edgehandles 4 ships no typings: the default export is its `cytoscape.use()` registration function, and
// the instance API used here is typed where it is used (graph/edge-draw.ts).
declare module "cytoscape-edgehandles" {
  const register: cytoscape.Ext;
  export default register;
}
