/**
 * Hands a handler's error to the stage runner as it was thrown.
 *
 * Nest's default RPC exception filter turns any error that is not an
 * RpcException into `{ status: 'error', message: 'Internal server error' }`.
 * Behind it the runner could not tell a contract violation (dead-letter at
 * once) from a transient failure (retry), and dead letters said
 * "[object Object]" instead of the error. The runner owns retries, dead
 * letters and their logging, so the filter only passes the error on.
 */
import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

@Catch()
export class StageErrorFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
