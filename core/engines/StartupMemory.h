// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"

namespace vram {

// What a serving engine's start-up takes on each GPU outside the tensors it profiles, the same in
// vLLM (its "non-torch memory"), SGLang (before "Load weight begin") and TensorRT-LLM's PyTorch
// backend (the non-torch part of its peak). All three figures are estimates from start-up logs.

// The CUDA context and cuBLAS workspace of one process (0.35 GiB, vllm-project/vllm#10517).
constexpr qint64 kCudaContextBytes = 375809638;
// With tensor or pipeline parallelism, the collective library's buffers: NCCL on NVLink-linked GPUs
// ("Init torch distributed ends. mem usage=2.01 GB" on every rank, sgl-project/sglang#11716; vLLM's
// non-torch memory grew by 1.79 GiB from one H100 to two, vllm-project/vllm#10511) …
constexpr qint64 kNvlinkDistributedBytes = 2158221066; // 2.01 GiB
// … and where the boards have no NVLink: no custom all-reduce, no NVLink buffers (0.13 GiB on
// 4 × L4, SGLang 0.4.3, the llms-in-clouds start-up log in tests/data/logs).
constexpr qint64 kPcieDistributedBytes = 139586437; // 0.13 GiB

// The collective buffers on each GPU of these settings' layout: none on one GPU, and none counted
// on Ascend NPUs, whose HCCL buffers are not modelled (the vLLM-Ascend TP 8 log's whole prediction
// is within 1.1 % without them).
inline qint64 distributedStartupBytes(const EngineSettings &e)
{
    if (e.tensorParallel * e.pipelineParallel <= 1 || e.platformBlockTokens > 0)
        return 0;
    return e.pcieOnlyGpus ? kPcieDistributedBytes : kNvlinkDistributedBytes;
}

// All of it: what SGLang leaves out of the memory it budgets from, and what vLLM and TensorRT-LLM
// count as non-torch memory before any calibration.
inline qint64 engineStartupBytes(const EngineSettings &e)
{
    return kCudaContextBytes + distributedStartupBytes(e);
}

} // namespace vram
