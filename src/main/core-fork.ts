import { utilityProcess } from 'electron';
import type { CoreProcess, HostMessage } from '../core/host/core-protocol';

/**
 * Starts the core process (core-process.ts, built beside index.js) as a utility process and adapts it to
 * the core client's CoreProcess. `utilityProcess.fork` may be called only once the app is ready.
 */
export function forkCore(script: string): CoreProcess {
  const child = utilityProcess.fork(script, [], { serviceName: 'Scaling Lab Workbench core' });
  return {
    // Unlike process.parentPort on the other side, the child's messages arrive bare.
    post: (message) => child.postMessage(message),
    listen: (listener) => child.on('message', (message: HostMessage) => listener(message)),
    onExit: (listener) => child.once('exit', listener),
    kill: () => {
      child.kill();
    },
  };
}
