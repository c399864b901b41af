#!/usr/bin/python3
"""scikit-learn side of bench/training/run.

Reads the train/test CSVs written by mlstudio-trainbench (the same split), applies the
engine's preprocessing (numeric: mean imputation + standardisation; categorical: its own
"missing" level + one-hot, unknown levels ignored) and fits
  - LogisticRegression(solver="liblinear", C=1, tol=sqrt(1e-7)): the engine's solver and
    stopping rule (L2 weight 1 -> C = 1; optimization tolerance 1e-7 -> liblinear eps
    sqrt(1e-7), see sandbox/README.md)
  - LogisticRegression(solver="lbfgs", C=1)
  - HistGradientBoostingClassifier(100 trees, 20 leaves, learning rate 0.2, 10 samples per
    leaf, native categorical support), the engine's Two-Class Boosted Decision Tree defaults.
Prints one JSON line per model: learner, trainSeconds and trainCpuSeconds (preprocessing +
fit, CSV reading excluded), scoreSeconds, auc.
"""
import argparse
import csv
import json
import time

import numpy as np
import scipy.sparse as sp
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def split_columns(header, rows, label):
    numeric, categorical = [], []
    for j, name in enumerate(header):
        if name == label:
            continue
        values = [r[j] for r in rows if r[j] != ""]
        (numeric if all(is_number(v) for v in values) else categorical).append(j)
    return numeric, categorical


def numeric_matrix(rows, columns):
    return np.array([[float(r[j]) if r[j] != "" else np.nan for j in columns] for r in rows], dtype=np.float64)


def text_matrix(rows, columns):
    return np.array([[r[j] if r[j] != "" else "(missing)" for j in columns] for r in rows], dtype=object)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--label", default="income")
    parser.add_argument("--positive", default=">50K")
    parser.add_argument("--models", default="liblinear,lbfgs,trees")
    args = parser.parse_args()

    header, train_rows = read(args.train)
    test_header, test_rows = read(args.test)
    assert header == test_header
    y_index = header.index(args.label)
    numeric, categorical = split_columns(header, train_rows, args.label)
    y_train = np.array([r[y_index] == args.positive for r in train_rows])
    y_test = np.array([r[y_index] == args.positive for r in test_rows])
    raw = {
        "train": (numeric_matrix(train_rows, numeric), text_matrix(train_rows, categorical)),
        "test": (numeric_matrix(test_rows, numeric), text_matrix(test_rows, categorical)),
    }
    del train_rows, test_rows

    def linear_features(fit):
        num, cat = raw["train"] if fit else raw["test"]
        if fit:
            linear_features.mean = np.nanmean(num, axis=0)
            std = np.nanstd(num, axis=0)
            linear_features.std = np.where(std > 0, std, 1.0)
            linear_features.encoder = OneHotEncoder(handle_unknown="ignore").fit(cat)
        filled = np.where(np.isnan(num), linear_features.mean, num)
        scaled = (filled - linear_features.mean) / linear_features.std
        return sp.hstack([sp.csr_matrix(scaled), linear_features.encoder.transform(cat)]).tocsr()

    def tree_features(fit):
        num, cat = raw["train"] if fit else raw["test"]
        if fit:
            tree_features.encoder = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan).fit(cat)
        return np.hstack([num, tree_features.encoder.transform(cat)])

    for name in args.models.split(","):
        start = time.perf_counter()
        cpu_start = time.process_time()
        if name == "trees":
            x = tree_features(True)
            mask = [False] * len(numeric) + [True] * len(categorical)
            model = HistGradientBoostingClassifier(max_iter=100, learning_rate=0.2, max_leaf_nodes=20,
                                                   min_samples_leaf=10, early_stopping=False,
                                                   categorical_features=mask, random_state=0)
        else:
            x = linear_features(True)
            model = (LogisticRegression(solver="liblinear", C=1.0, tol=1e-7 ** 0.5) if name == "liblinear"
                     else LogisticRegression(solver="lbfgs", C=1.0, max_iter=1000))
        model.fit(x, y_train)
        train_seconds = time.perf_counter() - start
        train_cpu_seconds = time.process_time() - cpu_start
        start = time.perf_counter()
        x_test = tree_features(False) if name == "trees" else linear_features(False)
        p = model.predict_proba(x_test)[:, list(model.classes_).index(True)]
        score_seconds = time.perf_counter() - start
        print(json.dumps({"learner": name, "trainSeconds": train_seconds,
                          "trainCpuSeconds": train_cpu_seconds, "scoreSeconds": score_seconds,
                          "auc": roc_auc_score(y_test, p)}), flush=True)


if __name__ == "__main__":
    main()
