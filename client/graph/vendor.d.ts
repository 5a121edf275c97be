// Cytoscape extensions without bundled typings: each is a `cytoscape.use()` registration function.
declare module "cytoscape-fcose" {
  const register: cytoscape.Ext;
  export default register;
}
declare module "cytoscape-svg" {
  const register: cytoscape.Ext;
  export default register;
}
