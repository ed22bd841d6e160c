// The fake API's bodies, in the exact shapes the real server and its nginx ingress send
// (shared/reference/monai-api-facts.md). Pure: used by monai-behaviour.ts in Node and in the browser.
import type { ApiEndpointName } from './endpoints.ts';

/** Flask's jsonify sorts keys and ends with a newline. */
export function flaskJson(value: Record<string, unknown>): string {
  const sorted = Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k]]),
  );
  return `${JSON.stringify(sorted)}\n`;
}

const werkzeugText = {
  400: ['Bad Request', 'The browser (or proxy) sent a request that this server could not understand.'],
  404: [
    'Not Found',
    'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
  ],
  405: ['Method Not Allowed', 'The method is not allowed for the requested URL.'],
  429: ['Too Many Requests', '20 per 1 minute'],
  500: [
    'Internal Server Error',
    'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
  ],
} as const;

export type WerkzeugStatus = keyof typeof werkzeugText;

/** Werkzeug's HTTPException as JSON: `{code, description, name}`. */
export function werkzeugBody(status: WerkzeugStatus): string {
  const [name, description] = werkzeugText[status];
  return flaskJson({ code: status, name, description });
}

/** nginx's built-in error page, which the ingress sends instead of JSON. */
export function nginxPage(status: 401 | 502): string {
  const title = status === 401 ? '401 Authorization Required' : '502 Bad Gateway';
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

export const INVALID_KEY_MESSAGE = 'Unauthorized: Credentials error: Invalid NGC_API_KEY';

/** Three experiments in the shape the MONAI service lists them. */
export const sampleExperiments = [
  {
    id: '3f1c9a52-6d0e-4b7a-9c21-8e5d4a7b1f03',
    name: 'spleen_ct_segmentation',
    description: 'Spleen segmentation on CT (MSD Task09), SegResNet from the MONAI model zoo',
    type: 'medical',
    network_arch: 'monai_segmentation',
    version: '1.0.0',
    created_on: '2024-05-14T09:21:03.512000',
    last_modified: '2024-05-14T09:47:40.118000',
    base_experiment_ids: ['a7d2e6c4-1b3f-4e8a-b5d9-0c6f2e1a9b47'],
    train_datasets: ['5b8e3d71-9a2c-4f6e-8d10-7c3b9e2a4f15'],
    eval_dataset: '5b8e3d71-9a2c-4f6e-8d10-7c3b9e2a4f15',
    inference_dataset: null,
    realtime_infer: false,
    status: 'Done',
  },
  {
    id: '8b27d4e1-0f5a-4c39-a6e8-2d9b7f1c3e60',
    name: 'brats_mri_segmentation',
    description: 'Brain tumour segmentation on multimodal MRI (BraTS 2018)',
    type: 'medical',
    network_arch: 'monai_segmentation',
    version: '1.0.0',
    created_on: '2024-06-02T14:05:11.904000',
    last_modified: '2024-06-03T08:12:56.331000',
    base_experiment_ids: ['e4c1a8b9-7d2f-4a6e-9b3c-5f0d8e2a7c14'],
    train_datasets: ['c9a4f2e7-3b1d-4e8c-a6f5-0d7b2e9c1a38'],
    eval_dataset: 'c9a4f2e7-3b1d-4e8c-a6f5-0d7b2e9c1a38',
    inference_dataset: null,
    realtime_infer: false,
    status: 'Running',
  },
  {
    id: 'd5e8f1a3-2c7b-4d96-b0e4-9a1c6f3b8e27',
    name: 'pathology_nuclei_classification',
    description: 'Nuclei classification on H&E whole-slide tiles (CoNSeP)',
    type: 'medical',
    network_arch: 'monai_classification',
    version: '1.0.0',
    created_on: '2024-07-19T10:40:27.005000',
    last_modified: '2024-07-19T10:40:27.005000',
    base_experiment_ids: [],
    train_datasets: [],
    eval_dataset: null,
    inference_dataset: null,
    realtime_infer: false,
    status: 'Pending',
  },
] as const;

/** What a bearer GET lists, by endpoint; an endpoint without an entry lists nothing (`{"<name>": []}`). */
export const sampleListings: Partial<Record<ApiEndpointName, readonly unknown[]>> = {
  experiments: sampleExperiments,
};
