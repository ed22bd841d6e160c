// NVIDIA's notebook this app teaches, and the name the export is saved under (the same as the original's).
const ORIGINAL_PATH =
  'NVIDIA/monai-cloud-api/blob/main/notebooks/Generating%20and%20Managing%20Your%20Credentials.ipynb';

export const ORIGINAL_NOTEBOOK_URL = `https://github.com/${ORIGINAL_PATH}`;
export const ORIGINAL_NOTEBOOK_COLAB_URL = `https://colab.research.google.com/github/${ORIGINAL_PATH}`;
export const EXPORT_FILE_NAME = 'Generating and Managing Your Credentials.ipynb';
