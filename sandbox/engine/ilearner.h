#pragma once

// The .ilearner file: a trained model, self-describing and versioned.
//
//   MLSTUDIO-ILEARNER\n                                  magic, 18 bytes
//   {"format":"mlstudio-ilearner","version":1,
//    "payloadBytes":N,"payloadSha256":"<hex>"}\n         header: one line of JSON
//   <N bytes: the payload, UTF-8 JSON>
//
// The payload holds the learner (kind, module name, task, Studio-named parameters), the
// label (column, type, positive / negative label), the input schema, the feature encoding
// (per feature: column, kind, type, mean and std or sorted levels), the model (linear:
// intercept + weights over the encoded features; boosted trees: XGBoost's JSON model,
// base64) and the training record (rows, seconds, UTC time, missing values met, library
// versions). sandbox/README.md documents every field.

#include "engine/model.h"

namespace mlr::studio {

inline constexpr char ilearnerMagic[] = "MLSTUDIO-ILEARNER\n";
inline constexpr int ilearnerFormatVersion = 1;

QByteArray saveIlearner(const TrainedModel &model);
// Validates everything (magic, version, length, checksum, JSON, field types and ranges,
// consistency of the encoding and the weights, the XGBoost model loading). Failures are
// Error 0082 with a sentence saying what is wrong: not an .ilearner, truncated, wrong
// version, corrupt.
Result<TrainedModel> loadIlearner(QByteArrayView bytes);

// True when the bytes start like an .ilearner (for mapping outputs by content).
bool looksLikeIlearner(QByteArrayView bytes);

} // namespace mlr::studio
