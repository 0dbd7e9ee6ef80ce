// Type declarations for the Cytoscape extensions that ship none.
declare module 'cytoscape-fcose' {
  const fcose: import('cytoscape').Ext;
  export default fcose;
}

declare module 'cytoscape-svg' {
  const svg: import('cytoscape').Ext;
  export default svg;
}

declare module 'cytoscape-navigator' {
  const navigator: import('cytoscape').Ext;
  export default navigator;
}
