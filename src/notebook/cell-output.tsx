import { formatDuration, tokenTimes } from '../secrets/jwt.ts';
import { useNotebook } from './notebook-context.tsx';
import type { CellOutput } from './notebook-state.ts';
import { SecretValue } from './secret-value.tsx';
import { useNowSeconds } from './use-now.ts';

const statusText: Record<number, string> = { 200: 'OK', 201: 'Created' };
const httpStatus = (status: number) => `${status} ${statusText[status] ?? ''}`.trim();

/** A cell's successful result, laid out like the notebook's printed output, with secrets masked. */
export function CellOutputView({ output }: { output: CellOutput }) {
  switch (output.kind) {
    case 'setup':
      return (
        <p className="output__line">
          <Ok /> Imported {output.modules.join(', ')}. (In the browser the app sends the requests for you.)
        </p>
      );
    case 'configure':
      return (
        <dl className="output__facts">
          <Fact label="host_url">
            <code>{output.hostUrl}</code>
          </Fact>
          <Fact label="ngc_api_key">
            <code>{output.fingerprint}</code>
          </Fact>
          <Fact label="Source">
            {output.keySource === 'server'
              ? "The server's MONAI_API_KEY"
              : 'Pasted here, kept in this tab only'}
          </Fact>
          <Fact label="Format">
            {output.keyKind === 'personal'
              ? 'Personal key (nvapi-…)'
              : output.keyKind === 'legacy'
                ? 'Legacy NGC API key'
                : 'Not a known format: sent anyway, as you chose'}
          </Fact>
        </dl>
      );
    case 'login':
      return <LoginOutput output={output} />;
    case 'base-url':
      return <BaseUrlOutput baseUrl={output.baseUrl} />;
    case 'verify':
      return (
        <dl className="output__facts">
          <Fact label="Result">
            <Ok /> The token works: {output.experimentCount}{' '}
            {output.experimentCount === 1 ? 'experiment' : 'experiments'} came back.
          </Fact>
          <Fact label="HTTP status">{httpStatus(output.status)}</Fact>
          <Fact label="Time taken">{output.durationMs} ms</Fact>
        </dl>
      );
  }
}

function LoginOutput({ output }: { output: Extract<CellOutput, { kind: 'login' }> }) {
  const { state } = useNotebook();
  const now = useNowSeconds();
  const times = output.claims ? tokenTimes(output.claims, now) : null;
  return (
    <dl className="output__facts">
      <Fact label="HTTP status">{httpStatus(output.status)}</Fact>
      <Fact label="Time taken">{output.durationMs} ms</Fact>
      <Fact label="User ID">
        <code>{output.userId}</code>
      </Fact>
      <Fact label="JWT">
        {state.vars.token ? <SecretValue label="token" value={state.vars.token} /> : '—'}
      </Fact>
      {times?.issuedAt && <Fact label="Issued at">{times.issuedAt.toLocaleString()}</Fact>}
      {times?.expiresAt && <Fact label="Expires at">{times.expiresAt.toLocaleString()}</Fact>}
      {times && times.secondsLeft !== undefined && (
        <Fact label="Time left">
          {/* Ticks every second near the end: kept out of the cell's live region, which announces results. */}
          <span role="timer" aria-live="off">
            {times.expired ? 'Expired' : formatDuration(times.secondsLeft)}
          </span>
        </Fact>
      )}
      {!output.claims && <Fact label="Token format">Not a JWT: its expiry cannot be read.</Fact>}
    </dl>
  );
}

function BaseUrlOutput({ baseUrl }: { baseUrl: string }) {
  const { state } = useNotebook();
  return (
    <dl className="output__facts">
      <Fact label="base_url">
        <code>{baseUrl}</code>
      </Fact>
      <Fact label="headers">
        {state.vars.token ? (
          <SecretValue
            label="Authorization header"
            value={state.vars.token}
            display={(token) => `Authorization: Bearer ${token}`}
          />
        ) : (
          '—'
        )}
      </Fact>
      <Fact label="Printed">API calls will be forwarded to {baseUrl}</Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="output__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Ok() {
  return (
    <span className="icon icon--ok" aria-hidden="true">
      ✓
    </span>
  );
}
