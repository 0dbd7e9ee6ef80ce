// What cytoscape-svg and cytoscape-navigator add to a Cytoscape instance.
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
    navigator(options?: {
      container?: HTMLElement | string | false;
      rerenderDelay?: number;
      viewLiveFramerate?: number | false;
      thumbnailEventFramerate?: number;
      thumbnailLiveFramerate?: number | false;
      removeCustomContainer?: boolean;
    }): { destroy(): void };
  }
}
