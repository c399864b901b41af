// The peer of the upload benchmark: the official Azure Blob SDK for JavaScript.
//   node sdk.mjs upload ENDPOINT CONTAINER BLOB FILE   BlockBlobClient.uploadFile, SDK defaults
//   node sdk.mjs sas    ENDPOINT CONTAINER BLOB        prints a write SAS URL for curl
// ENDPOINT is Azurite's blob endpoint (http://127.0.0.1:PORT/devstoreaccount1); the account is
// Azurite's public development account.
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from "@azure/storage-blob";

const account = "devstoreaccount1";
const key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const [command, endpoint, container, blob, file] = process.argv.slice(2);
const credential = new StorageSharedKeyCredential(account, key);

if (command === "upload") {
  const service = new BlobServiceClient(endpoint, credential);
  const client = service.getContainerClient(container);
  await client.createIfNotExists();
  const started = process.hrtime.bigint();
  // Defaults of 12.27 (as of 12.30): one Put Blob up to 256 MiB, else blocks of max(size/50000, 4 MiB),
  // 5 in flight.
  await client.getBlockBlobClient(blob).uploadFile(file);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ blob, seconds }));
} else if (command === "sas") {
  const sas = generateBlobSASQueryParameters(
    {
      containerName: container,
      blobName: blob,
      permissions: BlobSASPermissions.parse("cw"),
      expiresOn: new Date(Date.now() + 3600 * 1000),
      protocol: "https,http",
      version: "2021-12-02", // a version Azurite 3.35 signs with
    },
    credential,
  ).toString();
  console.log(`${endpoint}/${container}/${blob}?${sas}`);
} else {
  console.error("usage: node sdk.mjs upload|sas ENDPOINT CONTAINER BLOB [FILE]");
  process.exit(2);
}
