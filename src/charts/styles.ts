/**
 * The charts' styles as CSS text (`?inline`: processed and minified by Vite), so a chart's own page
 * carries its chart's styles alone, not every chart's. Pages that show many charts import
 * styles/charts.css and styles/diagrams.css instead.
 */
import base from '../styles/charts/base.css?inline';
import replay from '../styles/charts/replay.css?inline';
import replayLanes from '../styles/charts/replay-lanes.css?inline';
import eniCapacity from '../styles/charts/eni-capacity.css?inline';
import eniModel from '../styles/charts/eni-model.css?inline';
import verification3 from '../styles/charts/verification-3.css?inline';
import rdb from '../styles/charts/rdb.css?inline';
import diagrams from '../styles/diagrams.css?inline';

export const chartStyles = { base, replay, replayLanes, eniCapacity, eniModel, verification3, rdb, diagrams };
