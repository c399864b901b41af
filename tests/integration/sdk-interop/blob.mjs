// The official Azure Storage SDK for JavaScript (@azure/storage-blob, pinned in package.json) as
// the peer of mlretrain-cli's storage commands, against the Azurite of the ctest fixture.
//   node blob.mjs upload   CONNECTION_STRING CONTAINER BLOB FILE   (uploadFile, 4 MiB blocks)
//   node blob.mjs download CONNECTION_STRING CONTAINER BLOB FILE   (downloadToFile)
//   node blob.mjs list     CONNECTION_STRING CONTAINER             (listBlobsFlat)
// Prints one JSON line: what it did, the x-ms-version every request carried, and for an
// upload the committed block count. Exits 1 with the SDK's error on any failure.
import { BlobServiceClient, StorageSharedKeyCredential, newPipeline } from "@azure/storage-blob";

const [command, connectionString, container, blob, file] = process.argv.slice(2);
const setting = (name) => new RegExp(`(?:^|;)${name}=([^;]*)`).exec(connectionString)?.[1];
const credential = new StorageSharedKeyCredential(setting("AccountName"), setting("AccountKey"));
// A pipeline of the SDK's own making, with one more policy that notes each request's
// x-ms-version (it must be added before a client is made: clients build on the pipeline).
const pipeline = newPipeline(credential);
const versions = new Set();
pipeline.factories.push({
  create: (next) => ({
    sendRequest: (request) => {
      versions.add(request.headers.get("x-ms-version"));
      return next.sendRequest(request);
    },
  }),
});
const service = new BlobServiceClient(setting("BlobEndpoint"), pipeline);
const containerClient = service.getContainerClient(container);

async function main() {
  const out = { command, container };
  if (command === "upload") {
    await containerClient.createIfNotExists();
    const client = containerClient.getBlockBlobClient(blob);
    await client.uploadFile(file, {
      blockSize: 4 * 1024 * 1024,
      concurrency: 3,
      maxSingleShotSize: 1024 * 1024,
      blobHTTPHeaders: { blobContentType: "text/csv" },
    });
    const list = await client.getBlockList("committed");
    Object.assign(out, { blob, blocks: list.committedBlocks.length });
  } else if (command === "download") {
    const client = containerClient.getBlobClient(blob);
    const props = await client.downloadToFile(file);
    Object.assign(out, { blob, contentLength: props.contentLength });
  } else if (command === "list") {
    out.blobs = [];
    for await (const item of containerClient.listBlobsFlat())
      out.blobs.push({ name: item.name, size: item.properties.contentLength });
  } else {
    throw new Error(`unknown command ${command}`);
  }
  out.xMsVersions = [...versions];
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(`blob.mjs ${command}: ${e.statusCode ?? ""} ${e.code ?? ""} ${e.message}`);
  process.exit(1);
});
