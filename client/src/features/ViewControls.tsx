// The rail controls of the current view.
import { ConvergenceControls } from './convergence/ConvergenceControls.tsx';
import type { ControlsProps } from './controls.ts';
import { HeritageControls } from './heritage/HeritageControls.tsx';
import { HistoryControls } from './history/HistoryControls.tsx';
import { LineageControls } from './lineage/LineageControls.tsx';
import { PathControls } from './path/PathControls.tsx';
import { QueryForm } from './queries/QueryForm.tsx';
import { TimelineControls } from './timeline/TimelineControls.tsx';

export function ViewControls(props: ControlsProps) {
  switch (props.state.view) {
    case 'lineage':
      return <LineageControls {...props} />;
    case 'heritage':
      return <HeritageControls {...props} />;
    case 'convergence':
      return <ConvergenceControls {...props} />;
    case 'timeline':
      return <TimelineControls {...props} />;
    case 'path':
      return <PathControls {...props} />;
    case 'history':
      return <HistoryControls {...props} />;
    case 'queries':
      return <QueryForm {...props} />;
    default:
      return null;
  }
}
