/**
 * @skytally/pipeline: running the pipeline from outside it. The stage services as supervised
 * child processes, how far behind each stage is (the drain monitor), and the clean-up of a
 * run's own topics. Shared by the CLI, the chaos and bench scripts and the tests.
 */
export { STAGES } from '@skytally/contracts';
export { repoRoot } from '@skytally/config';
export {
  type ServiceName,
  type ServiceProcess,
  type StageName,
  type StartServicesOptions,
  stageEntry,
  startService,
  startServices,
  stopServices,
} from './service-processes';
export {
  type PartitionProgress,
  type StageInput,
  groupLag,
  groupProgress,
  pipelineLag,
  stageInputs,
} from './drain-monitor';
export { removeDemoTopics } from './run-topics';
