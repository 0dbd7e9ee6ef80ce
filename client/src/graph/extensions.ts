// Registers the Cytoscape extensions once, before the first instance is made.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import navigator from 'cytoscape-navigator';
import svg from 'cytoscape-svg';

cytoscape.use(dagre);
cytoscape.use(fcose);
cytoscape.use(navigator);
cytoscape.use(svg);

export { cytoscape };
