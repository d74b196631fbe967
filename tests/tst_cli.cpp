// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands, run as a user runs them: a real process, its output and exit code.
#include "ChineseText.h"
#include "DataTable.h"
#include "ModelFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QString &systemLocale = QString())
{
    QProcess p;
    if (!systemLocale.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), systemLocale);
        env.insert(QStringLiteral("LANG"), systemLocale);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(VRAM_PLANNER_EXE), arguments);
    if (!p.waitForFinished(60000))
        qFatal("vram-planner did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject runJson(const QStringList &arguments)
{
    const Run r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const QStringList kArticle = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("estimate"),
                              QStringLiteral("--method"), QStringLiteral("article"), QStringLiteral("--model"),
                              QStringLiteral("llama-2-13b"), QStringLiteral("--weights"), QStringLiteral("fp16"),
                              QStringLiteral("--tokens"), QStringLiteral("4096"), QStringLiteral("--concurrency"),
                              QStringLiteral("10")};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void calibrateSetsALogBesideThePlan()
    {
        // llama-server's lines of fedora-copr/logdetective#106 (also in tst_engines): the KV and compute
        // buffers the planner computes for Mistral 7B at 32,768 tokens equal the printed ones.
        const QString log = QStringLiteral(VRAM_TEST_DATA_DIR "/logs/llamacpp-logdetective-106.log");
        const QJsonObject o = runJson({QStringLiteral("calibrate"), QStringLiteral("--log"), log, QStringLiteral("--model"),
                                       QStringLiteral("mistral-7b")});
        QCOMPARE(o.value(QLatin1String("engine")).toString(), QStringLiteral("llamacpp"));
        QCOMPARE(o.value(QLatin1String("tokens")).toInteger(), qint64(32768));
        const QJsonArray figures = o.value(QLatin1String("figures")).toArray();
        QCOMPARE(figures.size(), 3); // the KV buffer, the whole cache ("KV self size") and the compute buffer
        for (const QJsonValue &v : figures) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.value(QLatin1String("planned")).toDouble(), f.value(QLatin1String("printed")).toDouble());
            QCOMPARE(f.value(QLatin1String("difference_percent")).toDouble(), 0.0);
        }
        const Run text = run({QStringLiteral("--lang=en"), QStringLiteral("calibrate"), QStringLiteral("--log"), log,
                              QStringLiteral("--model"), QStringLiteral("mistral-7b")});
        QVERIFY2(text.out.contains(QStringLiteral("compute buffer on the GPU  2.09 GiB  2.09 GiB        0.0%")), qPrintable(text.out));
        // A vLLM log needs the GPU; a text that is no log says what it looked for.
        const Run noGpu = run({QStringLiteral("--lang=en"), QStringLiteral("calibrate"), QStringLiteral("--log"),
                               QStringLiteral(VRAM_TEST_DATA_DIR "/logs/vllm-pr14447-workers.log"), QStringLiteral("--model"),
                               QStringLiteral("llama-3.1-8b")});
        QCOMPARE(noGpu.exitCode, 2);
        QVERIFY(noGpu.err.contains(QLatin1String("--gpu is required")));
        QTemporaryDir dir;
        QFile notLog(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notLog.open(QIODevice::WriteOnly));
        notLog.write("dear diary\n");
        notLog.close();
        const Run unreadable = run({QStringLiteral("--lang=en"), QStringLiteral("calibrate"), QStringLiteral("--log"),
                                    notLog.fileName()});
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY(unreadable.err.contains(QLatin1String("GPU KV cache size")));
    }

    void hybridModelSplitsItsCache()
    {
        // Qwen3-Next-80B-A3B (worked by hand in tst_import): 24,576 B a token in its 12 attention layers,
        // 39,518,208 B of recurrent state a sequence in the other 36.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(testfiles::write(file, R"({"model_type": "qwen3_next", "full_attention_interval": 4, "head_dim": 256, "hidden_size": 2048,
            "intermediate_size": 5120, "linear_conv_kernel_dim": 4, "linear_key_head_dim": 128,
            "linear_num_key_heads": 16, "linear_num_value_heads": 32, "linear_value_head_dim": 128,
            "max_position_embeddings": 262144, "moe_intermediate_size": 512, "num_attention_heads": 16,
            "num_experts": 512, "num_experts_per_tok": 10, "num_hidden_layers": 48, "num_key_value_heads": 2,
            "shared_expert_intermediate_size": 512, "tie_word_embeddings": false, "torch_dtype": "bfloat16",
            "vocab_size": 151936})"));
        const QJsonObject o = runJson({QStringLiteral("estimate"), QStringLiteral("--model-file"), file,
                                       QStringLiteral("--weights"), QStringLiteral("bf16"), QStringLiteral("--kv"),
                                       QStringLiteral("bf16"), QStringLiteral("--tokens"), QStringLiteral("131072"),
                                       QStringLiteral("--concurrency"), QStringLiteral("8")});
        QCOMPARE(o.value(QLatin1String("parameters")).toInteger(), qint64(79674391296));
        QCOMPARE(o.value(QLatin1String("kv_bytes_per_token")).toInteger(), qint64(24576));
        QCOMPARE(o.value(QLatin1String("recurrent_state_bytes_per_sequence")).toInteger(), qint64(39518208));
        QCOMPARE(o.value(QLatin1String("recurrent_state_bytes")).toInteger(), qint64(8) * 39518208);
        QCOMPARE(o.value(QLatin1String("attention_kv_bytes")).toInteger(), qint64(24576) * 131072 * 8);
        QCOMPARE(o.value(QLatin1String("kv_bytes")).toInteger(), qint64(26085949440));
        // Ollama's runner for such models is not modelled, and it says so.
        const Run ollama = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model-file"),
                                file, QStringLiteral("--method"), QStringLiteral("ollama")});
        QVERIFY(ollama.exitCode != 0);
        QVERIFY2(ollama.err.contains(QLatin1String("recurrent")), qPrintable(ollama.err));
    }

    void visionTowerInParameters()
    {
        // Gemma 3 4B (worked by hand in tst_import): 4,300,079,472 parameters, of which the language model's
        // 3,880,263,168; the SigLIP tower and its projector are weights too.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(testfiles::write(file, R"({"model_type": "gemma3", "text_config": {"hidden_size": 2560, "intermediate_size": 10240,
            "model_type": "gemma3_text", "num_hidden_layers": 34, "sliding_window": 1024},
            "vision_config": {"hidden_size": 1152, "image_size": 896, "intermediate_size": 4304,
            "model_type": "siglip_vision_model", "num_hidden_layers": 27, "patch_size": 14, "vision_use_head": false}})"));
        const QJsonObject o = runJson({QStringLiteral("estimate"), QStringLiteral("--model-file"), file,
                                       QStringLiteral("--weights"), QStringLiteral("bf16")});
        QCOMPARE(o.value(QLatin1String("parameters")).toInteger(), qint64(4300079472));
        QCOMPARE(o.value(QLatin1String("text_parameters")).toInteger(), qint64(3880263168));
        QCOMPARE(o.value(QLatin1String("weights_bytes")).toInteger(), qint64(2) * 4300079472);
    }

    void vllmStartupFigures()
    {
        // Llama-3.1 8B on an RTX 3090 as in vllm-project/vllm#10517; the figures are worked in tst_engines.
        const QStringList args{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                               QStringLiteral("--method"), QStringLiteral("vllm"), QStringLiteral("--weights"),
                               QStringLiteral("bf16"), QStringLiteral("--gpu"), QStringLiteral("rtx-3090"),
                               QStringLiteral("--tokens"), QStringLiteral("20000"), QStringLiteral("--max-num-batched-tokens"),
                               QStringLiteral("20000"), QStringLiteral("--enforce-eager")};
        const Run r = run(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("kv_cache")).toString(), QStringLiteral("bf16")); // vLLM's auto: the model's dtype
        QCOMPARE(o.value(QLatin1String("kv_cache_tokens")).toInteger(), qint64(30688));
        QCOMPARE(o.value(QLatin1String("kv_cache_bytes_per_gpu")).toInteger(), qint64(1918) * 2097152);
        QCOMPARE(o.value(QLatin1String("max_concurrency")).toDouble(), 1.5344);
        QCOMPARE(o.value(QLatin1String("per_gpu_bytes")).toInteger(),
                 qint64(16060522496) + 2327576576 + 375809638 + qint64(1250) * 2097152);
        QVERIFY(o.value(QLatin1String("starts")).toBool());
        const Run text = run(QStringList{QStringLiteral("--lang=en")} + args);
        QVERIFY2(text.out.contains(QStringLiteral("GPU KV cache size: 30,688 tokens")), qPrintable(text.out));
        // One group of full attention: the later way of printing it gives the same figure, so no second line.
        QCOMPARE(o.value(QLatin1String("kv_cache_tokens_by_concurrency")).toInteger(), qint64(30688));
        QVERIFY(!text.out.contains(QStringLiteral("vLLM of 2026")));
        QVERIFY(text.out.contains(QStringLiteral("Maximum concurrency for 20,000 tokens per request: 1.53x")));
    }

    void vllmHybridAllocatorFigures()
    {
        // gpt-oss-120b at max_model_len 131,072 with 1,024 batched tokens (vllm-project/vllm#27508): two groups of
        // 18 layers, 8,192 + 73 block ids of 589,824 B for one request (worked in tst_engines).
        const QStringList args{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("gpt-oss-120b"),
                               QStringLiteral("--method"), QStringLiteral("vllm"), QStringLiteral("--weights"),
                               QStringLiteral("int4"), QStringLiteral("--kv"), QStringLiteral("bf16"), QStringLiteral("--gpu"),
                               QStringLiteral("h100-80gb"), QStringLiteral("--tokens"), QStringLiteral("131072"),
                               QStringLiteral("--max-num-batched-tokens"), QStringLiteral("1024")};
        const Run r = run(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject groups = o.value(QLatin1String("kv_cache_groups")).toObject();
        QCOMPARE(groups.value(QLatin1String("full_attention")).toInt(), 1);
        QCOMPARE(groups.value(QLatin1String("sliding_window")).toInt(), 1);
        QCOMPARE(groups.value(QLatin1String("layers_per_group")).toInt(), 18);
        QCOMPARE(o.value(QLatin1String("blocks_per_max_model_len_request")).toInteger(), qint64(8265));
        QCOMPARE(o.value(QLatin1String("kv_bytes")).toInteger(), qint64(4874895360));
        const qint64 blocks = o.value(QLatin1String("num_gpu_blocks")).toInteger();
        QCOMPARE(o.value(QLatin1String("kv_cache_tokens")).toInteger(), blocks / 2 * 16);
        const qint64 byConcurrency = blocks * 131072 / 8265; // later vLLM: concurrency × max_model_len
        QCOMPARE(o.value(QLatin1String("kv_cache_tokens_by_concurrency")).toInteger(), byConcurrency);
        const Run text = run(QStringList{QStringLiteral("--lang=en")} + args);
        QVERIFY2(text.out.contains(QStringLiteral("blocks of 16, shared by 2 groups of 18 layers)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("(vLLM of 2026 prints it as maximum concurrency × max_model_len: %1 tokens)")
                                       .arg(QLocale(QLocale::English).toString(byConcurrency))),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("1 sliding-window group × min(8,192, ⌈(128 − 1 + 1,024) / 16⌉ + 1) = 73 blocks")));
    }

    void vllmFp32AndTensorParallel()
    {
        // --weights fp32 is vLLM's --dtype float32: its KV cache is fp32 too, 262,144 B a token.
        const Run fp32 = run({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3-8b"),
                              QStringLiteral("--method"), QStringLiteral("vllm"), QStringLiteral("--weights"),
                              QStringLiteral("fp32"), QStringLiteral("--json")});
        QCOMPARE(fp32.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(fp32.out.toUtf8()).object().value(QLatin1String("kv_bytes_per_token")).toInteger(),
                 qint64(262144));
        // Two GPUs split the 8 KV heads: 4 per GPU, pooled 2 × 65,536 B.
        const Run tp2 = run({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3-8b"),
                             QStringLiteral("--method"), QStringLiteral("vllm"), QStringLiteral("--gpu"),
                             QStringLiteral("h100-80gb"), QStringLiteral("--gpu-count"), QStringLiteral("2"),
                             QStringLiteral("--json")});
        QCOMPARE(tp2.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(tp2.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("tensor_parallel")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("weights_bytes")).toInteger(), qint64(16060522496));
        // 40 heads do not split over 3 GPUs: with one pipeline stage vLLM refuses, and so does the planner.
        const Run bad = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                             QStringLiteral("llama-2-13b"), QStringLiteral("--method"), QStringLiteral("vllm"),
                             QStringLiteral("--gpu"), QStringLiteral("3xa100-80gb"), QStringLiteral("--pipeline-parallel-size"),
                             QStringLiteral("1")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("40 attention heads")), qPrintable(bad.err));
        // Left to the planner, 3 GPUs run as 3 pipeline stages of one GPU each (vLLM's TP 1 × PP 3).
        const QJsonObject pp = runJson({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                        QStringLiteral("--method"), QStringLiteral("vllm"), QStringLiteral("--gpu"),
                                        QStringLiteral("3xa100-80gb")});
        QCOMPARE(pp.value(QLatin1String("tensor_parallel")).toInt(), 1);
        QCOMPARE(pp.value(QLatin1String("pipeline_parallel")).toInt(), 3);
    }

    void engineOptionsRejectBadValues_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("utilization above 1") << QStringList{QStringLiteral("--gpu-memory-utilization"), QStringLiteral("1.5")}
                                             << "--gpu-memory-utilization";
        QTest::newRow("utilization zero") << QStringList{QStringLiteral("--gpu-memory-utilization"), QStringLiteral("0")}
                                          << "--gpu-memory-utilization";
        QTest::newRow("ngl") << QStringList{QStringLiteral("--ngl"), QStringLiteral("-2")} << "--ngl";
        QTest::newRow("max model len") << QStringList{QStringLiteral("--max-model-len"), QStringLiteral("0")} << "--max-model-len";
        QTest::newRow("batched") << QStringList{QStringLiteral("--max-num-batched-tokens"), QStringLiteral("lots")}
                                 << "--max-num-batched-tokens";
        QTest::newRow("method") << QStringList{QStringLiteral("--method"), QStringLiteral("tgi")} << "vllm, sglang, trtllm, mindie, llamacpp or ollama";
    }

    void engineOptionsRejectBadValues()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, fragment);
        const Run r = run(QStringList{QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                                      QStringLiteral("llama-3-8b"), QStringLiteral("--method"), QStringLiteral("vllm")}
                          + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    }

    void llamaCppBuffers()
    {
        // Mistral 7B at 32,768 tokens: 4,096 MiB of KV and the 2,144 MiB compute buffer of
        // fedora-copr/logdetective#106 (flash attention off, as that run). -ngl 16 puts half of the
        // layers and their KV on the GPU.
        const Run r = run({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("mistral-7b"),
                           QStringLiteral("--method"), QStringLiteral("llamacpp"), QStringLiteral("--tokens"),
                           QStringLiteral("32768"), QStringLiteral("--ngl"), QStringLiteral("16"),
                           QStringLiteral("--flash-attn"), QStringLiteral("off"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("compute_buffer_bytes")).toInteger(), qint64(2144) << 20);
        QCOMPARE(o.value(QLatin1String("kv_cache_bytes")).toInteger(), qint64(4096) << 20);
        // Weights 14,483,464,192 B: embeddings and head 32,000 × 4,096 × 2 = 262,144,000 B each,
        // layers 13,959,176,192 B, half of them 6,979,588,096 B on the GPU.
        const qint64 gpu = 6979588096 + (qint64(2048) << 20) + (qint64(2144) << 20);
        QCOMPARE(o.value(QLatin1String("gpu_bytes")).toInteger(), gpu);
        // Host: the other layers, both embedding matrices, half the KV and 32,000 × 4 B of logits.
        QCOMPARE(o.value(QLatin1String("cpu_bytes")).toInteger(),
                 qint64(6979588096) + 2 * 262144000 + (qint64(2048) << 20) + 128000);
        QCOMPARE(o.value(QLatin1String("total_bytes")).toInteger(), gpu);
    }

    void llamaCppFitWhenEveryLayerDoesNotFit()
    {
        // LLaMA-2 13B F16 at 4,096 tokens on one RTX 4090: every layer does not fit (26 GB of weights), so
        // llama-server's --fit, on by default, offloads 33 of 41 slots (worked by hand in tst_engines).
        const QStringList args{QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                               QStringLiteral("llama-2-13b"), QStringLiteral("--method"), QStringLiteral("llamacpp"),
                               QStringLiteral("--tokens"), QStringLiteral("4096"), QStringLiteral("--gpu"),
                               QStringLiteral("rtx-4090")};
        const QJsonObject o = runJson(args);
        QCOMPARE(o.value(QLatin1String("fits")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("fit_gpu_layers")).toInt(), 33);
        QCOMPARE(o.value(QLatin1String("fit_tensor_split")).toArray(), QJsonArray({33}));
        const Run text = run(args);
        QVERIFY2(text.out.contains(QStringLiteral("llama-server's --fit (on by default, -ngl unset) starts it anyway: -ngl 33 of 41")),
                 qPrintable(text.out));
        // The launch command pins -ngl (every layer, as planned) and says what --fit would do instead.
        const Run command = run({QStringLiteral("--lang=en"), QStringLiteral("command"), QStringLiteral("--engine"),
                                 QStringLiteral("llamacpp"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                 QStringLiteral("--tokens"), QStringLiteral("4096"), QStringLiteral("--gpu"),
                                 QStringLiteral("rtx-4090")});
        QVERIFY2(command.out.contains(QStringLiteral("-ngl 41")), qPrintable(command.out));
        QVERIFY2(command.out.contains(QStringLiteral("would offload 33 of 41 layer slots (-ngl 33)")), qPrintable(command.out));
        // -ngl set: --fit leaves it, and there is nothing to say.
        const QJsonObject set = runJson(args + QStringList{QStringLiteral("--ngl"), QStringLiteral("41")});
        QVERIFY(!set.contains(QLatin1String("fit_gpu_layers")));
        // Where every layer fits, nothing either.
        const QJsonObject two = runJson(args + QStringList{QStringLiteral("--gpu"), QStringLiteral("2xrtx-4090")});
        QVERIFY(!two.value(QLatin1String("configurations")).toArray().at(1).toObject().contains(QLatin1String("fit_gpu_layers")));
    }

    void llamaCppFlashAttentionAndCacheTypes()
    {
        // Llama-3.1 8B at 131,072 tokens (worked by hand in tst_engines): with flash attention the
        // buffer is the mask, 512 × (6 × 131,072 + 4 × 16,384) = 436,207,616 B; off, the scores,
        // 8,891,924,480 B. auto turns it on for head size 128. -ctk q8_0 -ctv q4_0: 32 layers ×
        // (1,088 + 576) B per cell.
        const auto estimate = [](const QStringList &extra) {
            return runJson(QStringList{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                                       QStringLiteral("--method"), QStringLiteral("llamacpp"), QStringLiteral("--tokens"),
                                       QStringLiteral("131072")} + extra);
        };
        const QJsonObject automatic = estimate({});
        QCOMPARE(automatic.value(QLatin1String("compute_buffer_bytes")).toInteger(), qint64(436207616));
        QCOMPARE(automatic.value(QLatin1String("flash_attn")).toBool(), true);
        QCOMPARE(automatic.value(QLatin1String("engine")).toObject().value(QLatin1String("flash_attn")).toString(), QStringLiteral("auto"));
        const QJsonObject off = estimate({QStringLiteral("--flash-attn"), QStringLiteral("off")});
        QCOMPARE(off.value(QLatin1String("compute_buffer_bytes")).toInteger(), qint64(8891924480));
        QCOMPARE(off.value(QLatin1String("flash_attn")).toBool(), false);
        const QJsonObject quantized = estimate({QStringLiteral("--cache-type-k"), QStringLiteral("q8_0"), QStringLiteral("--cache-type-v"),
                                                QStringLiteral("q4_0")});
        QCOMPARE(quantized.value(QLatin1String("kv_cache_bytes")).toInteger(), qint64(131072) * 32 * (1088 + 576));
        QCOMPARE(quantized.value(QLatin1String("cache_type_k")).toString(), QStringLiteral("q8_0"));
        QCOMPARE(quantized.value(QLatin1String("cache_type_v")).toString(), QStringLiteral("q4_0"));
        // llama.cpp's own spelling f16 is taken for the K cache too.
        QCOMPARE(estimate({QStringLiteral("--cache-type-k"), QStringLiteral("f16")}).value(QLatin1String("kv_cache_bytes")).toInteger(),
                 qint64(131072) * 131072);
        // A quantized V cache without flash attention, or a type llama.cpp lacks, is refused with the reason.
        const Run refused = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                                 QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"), QStringLiteral("llamacpp"),
                                 QStringLiteral("--flash-attn"), QStringLiteral("off"), QStringLiteral("--cache-type-v"),
                                 QStringLiteral("q8_0")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("flash attention")), qPrintable(refused.err));
        const Run badType = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                                 QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"), QStringLiteral("llamacpp"),
                                 QStringLiteral("--cache-type-v"), QStringLiteral("q4_k")});
        QCOMPARE(badType.exitCode, 2);
        QVERIFY2(badType.err.contains(QStringLiteral("--cache-type-v must be")), qPrintable(badType.err));
        const Run badFa = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                               QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"), QStringLiteral("llamacpp"),
                               QStringLiteral("--flash-attn"), QStringLiteral("maybe")});
        QCOMPARE(badFa.exitCode, 2);
        QVERIFY2(badFa.err.contains(QStringLiteral("--flash-attn must be on, off or auto")), qPrintable(badFa.err));
    }

    void sglangPoolAndCommand()
    {
        // Llama-3.1 8B BF16 on one H100 at --mem-fraction-static 0.88: 446,038 tokens (worked by hand in
        // tst_engines), 2,049 running requests; SGLang's spellings of the options are taken.
        const QJsonObject o = runJson({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                                       QStringLiteral("--weights"), QStringLiteral("bf16"), QStringLiteral("--method"),
                                       QStringLiteral("sglang"), QStringLiteral("--tp"), QStringLiteral("1"), QStringLiteral("--gpu"),
                                       QStringLiteral("h100-80gb"), QStringLiteral("--mem-fraction-static"), QStringLiteral("0.88"),
                                       QStringLiteral("--kv-cache-dtype"), QStringLiteral("auto")});
        QCOMPARE(o.value(QLatin1String("max_total_num_tokens")).toInteger(), qint64(446038));
        QCOMPARE(o.value(QLatin1String("max_running_requests")).toInteger(), qint64(2049));
        // The buffers hold the tokens and a padding page (of one token here).
        QCOMPARE(o.value(QLatin1String("kv_pool_bytes_per_gpu")).toInteger(), qint64(446038 + 1) * 131072);
        QCOMPARE(o.value(QLatin1String("mem_fraction_static")).toString(), QStringLiteral("0.88"));
        // Without the fraction, SGLang's own for an H100: 0.830 with the piecewise CUDA graphs'
        // 58 × 8 MiB reserved (tst_engines), 0.835 without them.
        const Run text = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                              QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"), QStringLiteral("sglang"),
                              QStringLiteral("--gpu"), QStringLiteral("h100-80gb")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("mem_fraction_static 0.83 (SGLang's default: (81,559 − 13,904 reserved) / 81,559 MiB)")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("KV Cache is allocated. #tokens: ")), qPrintable(text.out));
        const Run older = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                               QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"), QStringLiteral("sglang"),
                               QStringLiteral("--gpu"), QStringLiteral("h100-80gb"), QStringLiteral("--disable-piecewise-cuda-graph")});
        QCOMPARE(older.exitCode, 0);
        QVERIFY2(older.out.contains(QStringLiteral("mem_fraction_static 0.835 (SGLang's default: (81,559 − 13,440 reserved) / 81,559 MiB)")),
                 qPrintable(older.out));
        QVERIFY2(older.out.contains(QStringLiteral("--disable-piecewise-cuda-graph")), qPrintable(older.out));
        // The launch command writes the fraction out and the page size, context and chunk it planned with:
        // on two H100s 512 + 12,288 + 512 + 256 + 464 = 14,032 MiB reserved, 67,527 / 81,559 = 0.828.
        const Run command = run({QStringLiteral("command"), QStringLiteral("--engine"), QStringLiteral("sglang"),
                                 QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"), QStringLiteral("--weights"),
                                 QStringLiteral("bf16"), QStringLiteral("--gpu"), QStringLiteral("2xh100-80gb")});
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.out.contains(QStringLiteral("python3 -m sglang.launch_server --model-path meta-llama/Llama-3.1-8B --tp 2 "
                                                     "--mem-fraction-static 0.828 --context-length 131072 --page-size 1 "
                                                     "--chunked-prefill-size 8192 --dtype bfloat16")),
                 qPrintable(command.out));
        const Run noPiecewise = run({QStringLiteral("command"), QStringLiteral("--engine"), QStringLiteral("sglang"),
                                     QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"), QStringLiteral("--weights"),
                                     QStringLiteral("bf16"), QStringLiteral("--gpu"), QStringLiteral("2xh100-80gb"),
                                     QStringLiteral("--disable-piecewise-cuda-graph")});
        QCOMPARE(noPiecewise.exitCode, 0);
        QVERIFY2(noPiecewise.out.contains(QStringLiteral("--mem-fraction-static 0.834 ")), qPrintable(noPiecewise.out));
        QVERIFY2(noPiecewise.out.contains(QStringLiteral(" --disable-piecewise-cuda-graph")), qPrintable(noPiecewise.out));
        // Bad values are refused by name.
        const Run bad = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                             QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"), QStringLiteral("sglang"),
                             QStringLiteral("--mem-fraction-static"), QStringLiteral("1.5")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--mem-fraction-static must be a fraction above 0 and below 1")), qPrintable(bad.err));
        const Run page = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                              QStringLiteral("llama-3.1-8b"), QStringLiteral("--method"), QStringLiteral("sglang"),
                              QStringLiteral("--page-size"), QStringLiteral("0")});
        QCOMPARE(page.exitCode, 2);
        QVERIFY2(page.err.contains(QStringLiteral("--page-size must be a whole number from 1 to 4096")), qPrintable(page.err));
    }

    void sglangNsaPoolFromTheCommandLine()
    {
        // DeepSeek-V3.2-Exp in FP8 on 8 × B200: SGLang's NSA pool, 61 × (656 + 132) = 48,068 B a token on every
        // GPU (tst_engines), in 64-token pages whatever --page-size says; SGLang prints one "KV size" for it.
        const QStringList args{QStringLiteral("--model"), QStringLiteral("deepseek-v3.2"), QStringLiteral("--weights"),
                               QStringLiteral("fp8"), QStringLiteral("--kv"), QStringLiteral("fp8"), QStringLiteral("--method"),
                               QStringLiteral("sglang"), QStringLiteral("--gpu"), QStringLiteral("8xb200")};
        const QJsonObject o = runJson(QStringList{QStringLiteral("estimate")} + args);
        const qint64 tokens = o.value(QLatin1String("max_total_num_tokens")).toInteger();
        QVERIFY(tokens > 0);
        QCOMPARE(tokens % 64, qint64(0));
        QCOMPARE(o.value(QLatin1String("kv_pool_bytes_per_gpu")).toInteger(), (tokens + 64) * 48068); // and the padding page
        const Run text = run(QStringList{QStringLiteral("--lang=en"), QStringLiteral("estimate")} + args);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("KV Cache is allocated. #tokens: ")) && text.out.contains(QStringLiteral(", KV size: "))
                     && !text.out.contains(QStringLiteral("K size:")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("132 B indexer key")), qPrintable(text.out));
        const Run command = run(QStringList{QStringLiteral("command"), QStringLiteral("--engine"), QStringLiteral("sglang")}
                                + args.mid(0, 6) + QStringList{QStringLiteral("--gpu"), QStringLiteral("8xb200")});
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.out.contains(QStringLiteral("--page-size 64 ")), qPrintable(command.out));
    }

    void sglangSlidingPoolFromTheCommandLine()
    {
        // gpt-oss-120b on one H100 at 0.9: the windowed layers' pool at --swa-full-tokens-ratio 0.5 holds half
        // the full layers' tokens, and the full pool gets profiled × 36 / (18 + 0.5 × 18) = × 4/3 of them.
        const QStringList base{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("gpt-oss-120b"),
                               QStringLiteral("--method"), QStringLiteral("sglang"), QStringLiteral("--gpu"),
                               QStringLiteral("h100-80gb"), QStringLiteral("--mem-fraction-static"), QStringLiteral("0.9")};
        const QJsonObject standard = runJson(base);
        const QJsonObject half = runJson(base + QStringList{QStringLiteral("--swa-full-tokens-ratio"), QStringLiteral("0.5")});
        const qint64 full08 = standard.value(QLatin1String("full_layer_tokens")).toInteger();
        const qint64 full05 = half.value(QLatin1String("full_layer_tokens")).toInteger();
        QCOMPARE(standard.value(QLatin1String("swa_layer_tokens")).toInteger(), full08 * 4 / 5);
        QCOMPARE(half.value(QLatin1String("swa_layer_tokens")).toInteger(), full05 / 2);
        QCOMPARE(standard.value(QLatin1String("max_total_num_tokens")).toInteger(), full08);
        // The same profiled tokens under both ratios: full × 32.4 / 36 and full × 27 / 36, to a token.
        QVERIFY(std::abs(full08 * 9 / 10 - full05 * 3 / 4) <= 1);
        // The launch command passes the ratio on; a ratio outside (0, 1] is refused by name.
        const Run command = run({QStringLiteral("command"), QStringLiteral("--engine"), QStringLiteral("sglang"),
                                 QStringLiteral("--model"), QStringLiteral("gpt-oss-120b"), QStringLiteral("--gpu"),
                                 QStringLiteral("h100-80gb"), QStringLiteral("--swa-full-tokens-ratio"), QStringLiteral("0.5")});
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.out.contains(QStringLiteral("--swa-full-tokens-ratio 0.5")), qPrintable(command.out));
        const Run bad = run(base + QStringList{QStringLiteral("--lang=en"), QStringLiteral("--swa-full-tokens-ratio"),
                                               QStringLiteral("1.2")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--swa-full-tokens-ratio must be a fraction above 0 and at most 1")),
                 qPrintable(bad.err));
    }

    void mindieOptionsAndCommand()
    {
        // Llama-3.1 8B BF16 on one Ascend 910B at 8,192 tokens (worked by hand in tst_engines): 2,104 blocks of 128.
        const QStringList base{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                               QStringLiteral("--weights"), QStringLiteral("bf16"), QStringLiteral("--method"),
                               QStringLiteral("mindie"), QStringLiteral("--gpu"), QStringLiteral("ascend-910b"),
                               QStringLiteral("--tokens"), QStringLiteral("8192")};
        const QJsonObject o = runJson(base);
        QCOMPARE(o.value(QLatin1String("num_npu_blocks")).toInteger(), qint64(2104));
        QCOMPARE(o.value(QLatin1String("kv_cache_tokens")).toInteger(), qint64(269312));
        QCOMPARE(o.value(QLatin1String("budget_bytes")).toInteger(), qint64(52630529244));
        QCOMPARE(o.value(QLatin1String("cache_block_size")).toInt(), 128);
        // Its settings under MindIE's names: NPU_MEMORY_FRACTION 0.9 → ⌊65,788,161,556 × 0.9⌋ = 59,209,345,400 B.
        const QJsonObject more = runJson(base + QStringList{QStringLiteral("--npu-memory-fraction"), QStringLiteral("0.9")});
        QCOMPARE(more.value(QLatin1String("budget_bytes")).toInteger(), qint64(59209345400));
        const QJsonObject fixed = runJson(base + QStringList{QStringLiteral("--npu-mem-size"), QStringLiteral("20"),
                                                             QStringLiteral("--cache-block-size"), QStringLiteral("64")});
        QCOMPARE(fixed.value(QLatin1String("num_npu_blocks")).toInteger(), qint64(2560)); // 20 GiB / (64 × 131,072 B)
        for (const QStringList &bad : {QStringList{QStringLiteral("--npu-memory-fraction"), QStringLiteral("1.5")},
                                       QStringList{QStringLiteral("--npu-mem-size"), QStringLiteral("0")},
                                       QStringList{QStringLiteral("--cache-block-size"), QStringLiteral("256")}}) {
            const Run r = run(QStringList{QStringLiteral("--lang=en")} + base + bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(bad.first()), qPrintable(r.err));
        }
        // The launch: the daemon under NPU_MEMORY_FRACTION, config.json's values in a note, the cache pinned to the
        // whole GiB the plan gives it (35,306,472,668 B → 32 GiB).
        const Run command = run({QStringLiteral("--lang=en"), QStringLiteral("command"), QStringLiteral("--engine"),
                                 QStringLiteral("mindie"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                                 QStringLiteral("--weights"), QStringLiteral("bf16"), QStringLiteral("--gpu"),
                                 QStringLiteral("ascend-910b"), QStringLiteral("--tokens"), QStringLiteral("8192")});
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.out.startsWith(QStringLiteral("env NPU_MEMORY_FRACTION=0.8 ./bin/mindieservice_daemon")),
                 qPrintable(command.out));
        QVERIFY2(command.out.contains(QStringLiteral("\"worldSize\": 1, \"npuMemSize\": 32, \"cacheBlockSize\": 128")),
                 qPrintable(command.out));
    }

    void ollamaOffloadAndCommand()
    {
        // LLaMA-2 13B F16 on one RTX 4090 at num_ctx 4,096 without flash attention (worked by hand in
        // tst_engines): Ollama offloads 33 of 41 layers; its names for the options are taken. Today's Ollama
        // leaves the layers to llama-server's --fit: the GPU holds 24,123,175,168 B.
        const QStringList base{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                               QStringLiteral("--method"), QStringLiteral("ollama"), QStringLiteral("--gpu"),
                               QStringLiteral("rtx-4090"), QStringLiteral("--num-ctx"), QStringLiteral("4096"),
                               QStringLiteral("--num-parallel"), QStringLiteral("1"), QStringLiteral("--flash-attn"),
                               QStringLiteral("off"), QStringLiteral("--kv-cache-type"), QStringLiteral("f16")};
        const QJsonObject fitted = runJson(base);
        QCOMPARE(fitted.value(QLatin1String("gpu_layers")).toInt(), 33);
        QCOMPARE(fitted.value(QLatin1String("memory_required_partial_bytes")).toInteger(), qint64(24123175168));
        QCOMPARE(fitted.value(QLatin1String("placed_by")).toString(), QStringLiteral("llama.cpp --fit"));
        // Ollama before 0.30 placed them by its scheduler's estimate.
        const QJsonObject o = runJson(base + QStringList{QStringLiteral("--ollama-version"), QStringLiteral("0.29.1")});
        QCOMPARE(o.value(QLatin1String("placed_by")).toString(), QStringLiteral("Ollama scheduler"));
        QCOMPARE(o.value(QLatin1String("gpu_layers")).toInt(), 33);
        QCOMPARE(o.value(QLatin1String("layers_model")).toInt(), 41);
        QCOMPARE(o.value(QLatin1String("memory_required_full_bytes")).toInteger(), qint64(30676416768));
        QCOMPARE(o.value(QLatin1String("memory_required_partial_bytes")).toInteger(), qint64(25320669696));
        QCOMPARE(o.value(QLatin1String("fully_offloaded")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("fits")).toBool(), false);
        // OLLAMA_GPU_OVERHEAD as --gpu-overhead: 8 GiB leaves room for 21 layers.
        const QJsonObject less = runJson({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                          QStringLiteral("--method"), QStringLiteral("ollama"), QStringLiteral("--gpu"),
                                          QStringLiteral("rtx-4090"), QStringLiteral("--flash-attn"), QStringLiteral("off"),
                                          QStringLiteral("--gpu-overhead"), QString::number(qint64(8) << 30),
                                          QStringLiteral("--ollama-version"), QStringLiteral("0.29")});
        QCOMPARE(less.value(QLatin1String("gpu_layers")).toInt(), 21);
        const Run badVersion = run(base + QStringList{QStringLiteral("--ollama-version"), QStringLiteral("latest")});
        QCOMPARE(badVersion.exitCode, 2);
        QVERIFY2(badVersion.err.contains(QStringLiteral("--ollama-version must be a version such as 0.12.6")),
                 qPrintable(badVersion.err));
        // The server's environment for the plan.
        const Run command = run({QStringLiteral("command"), QStringLiteral("--engine"), QStringLiteral("ollama"),
                                 QStringLiteral("--model"), QStringLiteral("llama-2-13b"), QStringLiteral("--gpu"),
                                 QStringLiteral("2xrtx-4090"), QStringLiteral("--num-ctx"), QStringLiteral("8192"),
                                 QStringLiteral("--num-parallel"), QStringLiteral("2"), QStringLiteral("--kv"),
                                 QStringLiteral("q8_0")});
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.out.contains(QStringLiteral("env OLLAMA_CONTEXT_LENGTH=8192 OLLAMA_NUM_PARALLEL=2 "
                                                     "OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q8_0 ollama serve")),
                 qPrintable(command.out));
    }

    void vllmOnAscendPagesAHybridModelByVersion()
    {
        // Qwen3-Next on four 910Bs (worked by hand in tst_engines): vLLM-Ascend 0.16 and later give its attention
        // blocks 512 tokens, whose K holds the SSM state, and a page of 536,576 B; 0.13 gave 384-token pages of
        // 393,216 B. The ACL graphs are captured after the KV cache.
        const QStringList base{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("qwen3-next-80b-a3b"),
                               QStringLiteral("--method"), QStringLiteral("vllm"), QStringLiteral("--gpu"),
                               QStringLiteral("ascend-910b"), QStringLiteral("--tp"), QStringLiteral("4"),
                               QStringLiteral("--tokens"), QStringLiteral("32768"), QStringLiteral("--gpu-memory-utilization"),
                               QStringLiteral("0.8"), QStringLiteral("--max-num-batched-tokens"), QStringLiteral("4096")};
        const QJsonObject current = runJson(base);
        QCOMPARE(current.value(QLatin1String("block_size")).toInt(), 512);
        QCOMPARE(current.value(QLatin1String("page_bytes_per_gpu")).toInteger(), qint64(536576));
        QCOMPARE(current.value(QLatin1String("kv_cache_tokens")).toInteger(), qint64(230400));
        QVERIFY(current.value(QLatin1String("graphs_outside_budget")).toBool());
        QCOMPARE(current.value(QLatin1String("engine")).toObject().value(QLatin1String("vllm_ascend_whole_state_pages")).toBool(), false);
        const QJsonObject older = runJson(base + QStringList{QStringLiteral("--vllm-ascend-version"), QStringLiteral("0.13.0rc2")});
        QCOMPARE(older.value(QLatin1String("block_size")).toInt(), 384);
        QCOMPARE(older.value(QLatin1String("page_bytes_per_gpu")).toInteger(), qint64(393216));
        QCOMPARE(older.value(QLatin1String("kv_cache_tokens")).toInteger(), qint64(236160));
        QCOMPARE(older.value(QLatin1String("engine")).toObject().value(QLatin1String("vllm_ascend_whole_state_pages")).toBool(), true);
        QCOMPARE(runJson(base + QStringList{QStringLiteral("--vllm-ascend-version"), QStringLiteral("0.16")})
                     .value(QLatin1String("block_size")).toInt(), 512);
        const Run text = run(base);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("vLLM-Ascend on 4 × Ascend 910B NPU 64GB, per NPU:")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("(CANN total)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("ACL graphs 0.50 GiB after the KV cache, outside the budget")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Attention block size 512 tokens: their K holds one recurrent layer's SSM "
                                                  "state (262,144 B), the convolution state (12,288 B) beside it")),
                 qPrintable(text.out));
        const Run olderText = run(base + QStringList{QStringLiteral("--vllm-ascend-version"), QStringLiteral("0.13")});
        QVERIFY2(olderText.out.contains(QStringLiteral("max_num_seqs 256, vLLM-Ascend before 0.16 (whole-state pages)")),
                 qPrintable(olderText.out));
        QVERIFY(!text.out.contains(QStringLiteral("whole-state pages")));
        const Run bad = run(base + QStringList{QStringLiteral("--vllm-ascend-version"), QStringLiteral("main")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--vllm-ascend-version must be a version such as 0.13.0")), qPrintable(bad.err));
    }

    void calibrateListsWhatThePlanDoesNotModel()
    {
        // NVIDIA/TensorRT-LLM#1188: the engine runtime's buffers for a max_batch_size of 2,048 are printed beside
        // the compared figures, so the reader sees where the cache went; in Chinese too.
        const QStringList args{QStringLiteral("calibrate"), QStringLiteral("--log"),
                               QStringLiteral(VRAM_TEST_DATA_DIR "/logs/trtllm-1188.log"), QStringLiteral("--model"),
                               QStringLiteral("qwen2.5-0.5b"), QStringLiteral("--weights"), QStringLiteral("int8"),
                               QStringLiteral("--gpu"), QStringLiteral("rtx-a4000")};
        const Run en = run(QStringList{QStringLiteral("--lang=en")} + args);
        QVERIFY2(en.exitCode == 0, qPrintable(en.err));
        QVERIFY2(en.out.contains(QStringLiteral("395,776")), qPrintable(en.out));
        for (const char *line : {"runtime buffers", "decoder buffers", "execution context (TensorRT activations)"}) {
            const QString row = en.out.section(QLatin1String(line), 1, 1).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(row.contains(QStringLiteral("not modelled")), qPrintable(en.out));
        }
        QVERIFY(en.out.contains(QStringLiteral("5.76 GiB")));
        const Run zh = run(QStringList{QStringLiteral("--lang=zh_CN")} + args);
        QVERIFY2(zh.out.contains(QStringLiteral("解码器缓冲区")) && zh.out.contains(QStringLiteral("未建模")), qPrintable(zh.out));
        // The JSON lists every printed figure; those without a plan have no "planned".
        const QJsonObject o = runJson(args + QStringList{QStringLiteral("--json")});
        int unplanned = 0;
        for (const QJsonValue &v : o.value(QLatin1String("figures")).toArray())
            unplanned += v.toObject().contains(QLatin1String("planned")) ? 0 : 1;
        QCOMPARE(unplanned, 3);
    }

    void calibrateReadsSglangAndOllamaLogs()
    {
        // vllm-project/vllm#21348 (also in tst_engines): the pool 367,068 planned against 367,404 printed;
        // "--gpu h100-80gb" stands for the log's 4 (--tp 4).
        const QJsonObject sglang = runJson({QStringLiteral("calibrate"), QStringLiteral("--log"),
                                            QStringLiteral(VRAM_TEST_DATA_DIR "/logs/sglang-vllm21348.log"), QStringLiteral("--model"),
                                            QStringLiteral("qwen3-235b-a22b"), QStringLiteral("--weights"), QStringLiteral("fp8"),
                                            QStringLiteral("--kv"), QStringLiteral("bf16"), QStringLiteral("--gpu"),
                                            QStringLiteral("h100-80gb")});
        QCOMPARE(sglang.value(QLatin1String("engine")).toString(), QStringLiteral("sglang"));
        const QJsonArray pool = sglang.value(QLatin1String("figures")).toArray();
        QCOMPARE(pool.first().toObject().value(QLatin1String("printed")).toDouble(), 367404.0);
        QCOMPARE(pool.first().toObject().value(QLatin1String("planned")).toDouble(), 367068.0);
        // ollama/ollama#5913: the KV cache exact, the layers 49 against 43 (README).
        const QJsonObject ollama = runJson({QStringLiteral("calibrate"), QStringLiteral("--log"),
                                            QStringLiteral(VRAM_TEST_DATA_DIR "/logs/ollama-5913.log"), QStringLiteral("--model"),
                                            QStringLiteral("llama-3-70b"), QStringLiteral("--weights"), QStringLiteral("q4_0"),
                                            QStringLiteral("--gpu"), QStringLiteral("rtx-3090"), QStringLiteral("--flash-attn"),
                                            QStringLiteral("off")});
        QCOMPARE(ollama.value(QLatin1String("engine")).toString(), QStringLiteral("ollama"));
        QCOMPARE(ollama.value(QLatin1String("tokens")).toInteger(), qint64(2048));
        bool sawKv = false;
        for (const QJsonValue &v : ollama.value(QLatin1String("figures")).toArray())
            if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("memory_required_kv")) {
                QCOMPARE(v.toObject().value(QLatin1String("difference_percent")).toDouble(), 0.0);
                sawKv = true;
            }
        QVERIFY(sawKv);
        // A log that prints no dtype ran the checkpoint as published: DeepSeek-V3.2-Exp's FP8 starts on 8 × B200
        // (sgl-project/sglang#11309), as estimate takes the model. --weights and --kv apply to the model the log
        // names when no --model is given: in 16 bits it does not start, and the plan's reason is given beside
        // its figures.
        const auto calibrated = [this](const QStringList &extra) {
            return runJson(QStringList{QStringLiteral("calibrate"), QStringLiteral("--log"),
                                       QStringLiteral(VRAM_TEST_DATA_DIR "/logs/sglang-pr11309.log"), QStringLiteral("--gpu"),
                                       QStringLiteral("b200"), QStringLiteral("--json")}
                           + extra);
        };
        const auto plannedPool = [](const QJsonObject &o) {
            for (const QJsonValue &v : o.value(QLatin1String("figures")).toArray())
                if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("max_total_num_tokens"))
                    return v.toObject().value(QLatin1String("planned")).toDouble(-1.0);
            return -2.0;
        };
        const QJsonObject published = calibrated({});
        QVERIFY(plannedPool(published) > 0);
        QVERIFY(published.value(QLatin1String("plan_error")).isNull());
        QVERIFY(plannedPool(calibrated({QStringLiteral("--weights"), QStringLiteral("fp8"), QStringLiteral("--kv"), QStringLiteral("fp8")})) > 0);
        const QJsonObject wide = calibrated({QStringLiteral("--weights"), QStringLiteral("fp16")});
        QCOMPARE(plannedPool(wide), 0.0); // SGLang would stop: no pool
        QVERIFY2(wide.value(QLatin1String("plan_error")).toString().contains(QStringLiteral("Not enough memory")),
                 qPrintable(wide.value(QLatin1String("plan_error")).toString()));
        const Run wideText = run({QStringLiteral("--lang=en"), QStringLiteral("calibrate"), QStringLiteral("--log"),
                                  QStringLiteral(VRAM_TEST_DATA_DIR "/logs/sglang-pr11309.log"), QStringLiteral("--gpu"),
                                  QStringLiteral("b200"), QStringLiteral("--weights"), QStringLiteral("fp16")});
        QVERIFY2(wideText.out.contains(QStringLiteral("The plan does not start with these settings: SGLang stops at start-up"))
                     && wideText.out.contains(QRegularExpression(QStringLiteral("KV pool \\(tokens\\)\\s+975,424\\s+0\\s+-100\\.0%"))),
                 qPrintable(wideText.out));
        const Run noProfile = run({QStringLiteral("--lang=en"), QStringLiteral("calibrate"), QStringLiteral("--log"),
                                   QStringLiteral(VRAM_TEST_DATA_DIR "/logs/sglang-pr11309.log"), QStringLiteral("--gpu"),
                                   QStringLiteral("b200"), QStringLiteral("--weights"), QStringLiteral("fp16"),
                                   QStringLiteral("--save-profile"), QStringLiteral("never")});
        QCOMPARE(noProfile.exitCode, 1);
        QVERIFY2(noProfile.err.contains(QStringLiteral("No profile is learned where the plan does not start")), qPrintable(noProfile.err));
        // Without a GPU, or asked to keep a profile, the reason is given.
        const Run noGpu = run({QStringLiteral("--lang=en"), QStringLiteral("calibrate"), QStringLiteral("--log"),
                               QStringLiteral(VRAM_TEST_DATA_DIR "/logs/ollama-5913.log"), QStringLiteral("--model"),
                               QStringLiteral("llama-3-70b")});
        QCOMPARE(noGpu.exitCode, 2);
        QVERIFY2(noGpu.err.contains(QStringLiteral("--gpu is required for this Ollama log")),
                 qPrintable(noGpu.err));
        const Run profile = run({QStringLiteral("--lang=en"), QStringLiteral("calibrate"), QStringLiteral("--log"),
                                 QStringLiteral(VRAM_TEST_DATA_DIR "/logs/sglang-vllm21348.log"), QStringLiteral("--model"),
                                 QStringLiteral("qwen3-235b-a22b"), QStringLiteral("--weights"), QStringLiteral("fp8"),
                                 QStringLiteral("--kv"), QStringLiteral("bf16"), QStringLiteral("--gpu"), QStringLiteral("h100-80gb"),
                                 QStringLiteral("--save-profile"), QStringLiteral("x")});
        QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
        // Listed with its correction: the log's pool, 367,404 tokens × 48,128 B, less the room the plan gives it
        // (a little over 367,068 tokens' worth), 15.39 MiB a GPU.
        const Run listed = run({QStringLiteral("--lang=en"), QStringLiteral("calibrate"), QStringLiteral("--list-profiles")});
        QVERIFY2(listed.out.contains(QRegularExpression(QStringLiteral("x\\s+SGLang\\s.*KV pool \\+15\\.39 MiB"))), qPrintable(listed.out));
        // The SGLang profile moves the pool by what the log's pool showed: the same setup then prints the log's
        // 367,404 tokens where the plan alone said 367,068.
        const QStringList setup{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("qwen3-235b-a22b"),
                                QStringLiteral("--weights"), QStringLiteral("fp8"), QStringLiteral("--kv"), QStringLiteral("bf16"),
                                QStringLiteral("--method"), QStringLiteral("sglang"), QStringLiteral("--gpu"),
                                QStringLiteral("h100-80gb"), QStringLiteral("--tp"), QStringLiteral("4"),
                                QStringLiteral("--mem-fraction-static"), QStringLiteral("0.93"), QStringLiteral("--json")};
        QCOMPARE(runJson(setup).value(QLatin1String("max_total_num_tokens")).toInteger(), qint64(367068));
        QCOMPARE(runJson(setup + QStringList{QStringLiteral("--profile"), QStringLiteral("x")})
                     .value(QLatin1String("max_total_num_tokens")).toInteger(),
                 qint64(367404));
        // And the log's run as a command to start (README's round trip): the fraction it ran with, written out.
        QStringList commandArgs = setup;
        commandArgs.replace(0, QStringLiteral("command"));
        commandArgs.removeAll(QStringLiteral("--json"));
        const int method = int(commandArgs.indexOf(QStringLiteral("--method")));
        commandArgs.remove(method, 2);
        commandArgs << QStringLiteral("--engine") << QStringLiteral("sglang") << QStringLiteral("--profile") << QStringLiteral("x");
        const Run command = run(commandArgs);
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.out.startsWith(QStringLiteral("python3 -m sglang.launch_server --model-path Qwen/Qwen3-235B-A22B --tp 4 "
                                                       "--mem-fraction-static 0.93 --context-length 40960 --page-size 1 "
                                                       "--chunked-prefill-size 8192 --quantization fp8")),
                 qPrintable(command.out));
    }

    void trtLlmCacheAndCommand()
    {
        // LLaMA-2 7B INT8 on an A100 80GB with max_num_tokens 4,096 (worked by hand in tst_engines):
        // 132,576 tokens in blocks of 32; TensorRT-LLM's names for the options are taken.
        const QJsonObject o = runJson({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
                                       QStringLiteral("--weights"), QStringLiteral("int8"), QStringLiteral("--method"),
                                       QStringLiteral("trtllm"), QStringLiteral("--gpu"), QStringLiteral("a100-80gb"),
                                       QStringLiteral("--max-num-tokens"), QStringLiteral("4096"), QStringLiteral("--max-batch-size"),
                                       QStringLiteral("1"), QStringLiteral("--free-gpu-memory-fraction"), QStringLiteral("0.9"),
                                       QStringLiteral("--tokens-per-block"), QStringLiteral("32")});
        QCOMPARE(o.value(QLatin1String("max_tokens_in_paged_kv_cache")).toInteger(), qint64(132576));
        QCOMPARE(o.value(QLatin1String("kv_size_per_token")).toInteger(), qint64(524288));
        QCOMPARE(o.value(QLatin1String("peak_memory_bytes")).toInteger(), qint64(7745980006));
        QCOMPARE(o.value(QLatin1String("secondary_pool_blocks")).toInteger(), qint64(0));
        // host_cache_size of 10 GiB: 20,480 tokens of 524,288 B, 640 blocks in the secondary pool.
        const QJsonObject host = runJson({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
                                          QStringLiteral("--weights"), QStringLiteral("int8"), QStringLiteral("--kv"), QStringLiteral("fp16"),
                                          QStringLiteral("--method"), QStringLiteral("trtllm"), QStringLiteral("--gpu"),
                                          QStringLiteral("a100-80gb"), QStringLiteral("--host-cache-size"), QStringLiteral("10737418240")});
        QCOMPARE(host.value(QLatin1String("secondary_pool_blocks")).toInteger(), qint64(640));
        QCOMPARE(host.value(QLatin1String("secondary_pool_bytes")).toInteger(), qint64(10737418240));
        const Run hostCommand = run({QStringLiteral("command"), QStringLiteral("--engine"), QStringLiteral("trtllm"),
                                     QStringLiteral("--model"), QStringLiteral("llama-2-7b"), QStringLiteral("--gpu"),
                                     QStringLiteral("a100-80gb"), QStringLiteral("--host-cache-size"), QStringLiteral("10737418240")});
        QCOMPARE(hostCommand.exitCode, 0);
        QVERIFY2(hostCommand.out.contains(QStringLiteral("host_cache_size: 10737418240")), qPrintable(hostCommand.out));
        const Run badHost = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                                 QStringLiteral("llama-2-7b"), QStringLiteral("--method"), QStringLiteral("trtllm"),
                                 QStringLiteral("--host-cache-size"), QStringLiteral("-1")});
        QCOMPARE(badHost.exitCode, 2);
        QVERIFY2(badHost.err.contains(QStringLiteral("--host-cache-size must be a whole number")), qPrintable(badHost.err));
        const Run command = run({QStringLiteral("command"), QStringLiteral("--engine"), QStringLiteral("trtllm"),
                                 QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"), QStringLiteral("--gpu"),
                                 QStringLiteral("2xh100-80gb"), QStringLiteral("--tokens"), QStringLiteral("8192")});
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.out.contains(QStringLiteral("trtllm-serve meta-llama/Llama-3.1-8B --tp_size 2 --max_batch_size 2048 "
                                                     "--max_num_tokens 8192 --max_seq_len 8192 "
                                                     "--kv_cache_free_gpu_memory_fraction 0.9")),
                 qPrintable(command.out));
        const Run bad = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                             QStringLiteral("llama-2-7b"), QStringLiteral("--method"), QStringLiteral("trtllm"),
                             QStringLiteral("--free-gpu-memory-fraction"), QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--free-gpu-memory-fraction must be a fraction above 0")), qPrintable(bad.err));
    }

    void articleExampleText()
    {
        const Run r = run(kArticle);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("26.00 GB (24.21 GiB)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("819,200 B")));
        QVERIFY(r.out.contains(QStringLiteral("2 × 2 B × 40 layers × 5120 hidden = 819,200 B")));
        QVERIFY(r.out.contains(QStringLiteral("33.55 GB (31.25 GiB)")));
        QVERIFY(r.out.contains(QStringLiteral("819,200 B × 4,096 tokens × 10 requests = 33.55 GB")));
        QVERIFY(r.out.contains(QStringLiteral("65.51 GB (61.01 GiB)")));
        QVERIFY(r.out.contains(QStringLiteral("65,509,875,200 B")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("A100 40GB\\s+2 GPUs"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("A100 80GB\\s+1 GPU\\n"))));
    }

    void articleExampleJson()
    {
        const QJsonObject o = runJson(kArticle);
        QCOMPARE(o.value(QLatin1String("method")).toString(), QStringLiteral("article"));
        QCOMPARE(o.value(QLatin1String("weights_bytes")).toInteger(), qint64(26000000000));
        QCOMPARE(o.value(QLatin1String("kv_bytes_per_token")).toInteger(), qint64(819200));
        QCOMPARE(o.value(QLatin1String("kv_bytes")).toInteger(), qint64(33554432000));
        QCOMPARE(o.value(QLatin1String("overhead_bytes")).toInteger(), qint64(5955443200));
        QCOMPARE(o.value(QLatin1String("total_bytes")).toInteger(), qint64(65509875200));
    }

    void exactUsesRealParameters()
    {
        QStringList args = kArticle;
        args[4] = QStringLiteral("exact");
        const QJsonObject o = runJson(args);
        QCOMPARE(o.value(QLatin1String("parameters")).toInteger(), qint64(13015864320));
        QCOMPARE(o.value(QLatin1String("weights_bytes")).toInteger(), qint64(26031728640));
        QCOMPARE(o.value(QLatin1String("total_bytes")).toInteger(), qint64(65544776704));
    }

    void fitOnAGpu_data()
    {
        QTest::addColumn<QStringList>("gpuArgs");
        QTest::addColumn<bool>("fits");
        QTest::addColumn<qint64>("needed");
        QTest::addColumn<qint64>("maxConcurrency");
        QTest::addColumn<qint64>("maxTokens");
        QTest::newRow("1×A100 80GB") << QStringList{QStringLiteral("--gpu"), QStringLiteral("a100-80gb")} << true
                                     << qint64(1) << qint64(15) << qint64(4096);
        // 2 × 42,949,672,960 B: C ≤ (85,899,345,920 − 28.6e9) / 3,690,987,520 → 15 as well.
        QTest::newRow("2×A100 40GB") << QStringList{QStringLiteral("--gpu"), QStringLiteral("a100-40gb"),
                                                    QStringLiteral("--gpu-count"), QStringLiteral("2")}
                                     << true << qint64(2) << qint64(15) << qint64(4096);
        // One A100 40GB: C ≤ (42,949,672,960 − 28.6e9) / 3,690,987,520 = 3.89 → 3; T ≤ 1592.
        QTest::newRow("1×A100 40GB") << QStringList{QStringLiteral("--gpu"), QStringLiteral("a100-40gb")} << false
                                     << qint64(2) << qint64(3) << qint64(1592);
    }

    void fitOnAGpu()
    {
        QFETCH(QStringList, gpuArgs);
        QFETCH(bool, fits);
        QFETCH(qint64, needed);
        QFETCH(qint64, maxConcurrency);
        QFETCH(qint64, maxTokens);
        const QJsonObject o = runJson(kArticle + gpuArgs);
        QCOMPARE(o.value(QLatin1String("fits")).toBool(), fits);
        QCOMPARE(o.value(QLatin1String("gpus_needed")).toInteger(), needed);
        QCOMPARE(o.value(QLatin1String("max_concurrency")).toInteger(), maxConcurrency);
        QCOMPARE(o.value(QLatin1String("max_tokens")).toInteger(), maxTokens);
    }

    void fitText()
    {
        const Run r = run(kArticle + QStringList{QStringLiteral("--gpu"), QStringLiteral("2xa100-40gb")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("On 2 × A100 40GB (85.90 GB): fits, 20.39 GB free.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Largest concurrency at 4,096 tokens: 15")));
        QVERIFY(r.out.contains(QStringLiteral("4,096 (the model's context length)")));
    }

    void unitGiB()
    {
        const Run r = run(kArticle + QStringList{QStringLiteral("--unit"), QStringLiteral("GiB")});
        QVERIFY(r.out.contains(QStringLiteral("31.25 GiB (33.55 GB)")));
    }

    void badArgumentsExitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString e = QStringLiteral("estimate");
        const QString m = QStringLiteral("--model");
        const QString l2 = QStringLiteral("llama-2-13b");
        QTest::newRow("no model") << QStringList{e} << "--model";
        QTest::newRow("unknown model") << QStringList{e, m, QStringLiteral("gpt-9")} << "gpt-9";
        QTest::newRow("tokens text") << QStringList{e, m, l2, QStringLiteral("--tokens"), QStringLiteral("many")} << "--tokens";
        QTest::newRow("tokens zero") << QStringList{e, m, l2, QStringLiteral("--tokens"), QStringLiteral("0")} << "--tokens";
        QTest::newRow("tokens huge") << QStringList{e, m, l2, QStringLiteral("--tokens"), QStringLiteral("99999999999999999999")}
                                     << "--tokens";
        QTest::newRow("concurrency negative") << QStringList{e, m, l2, QStringLiteral("--concurrency"), QStringLiteral("-3")}
                                              << "--concurrency";
        QTest::newRow("overhead") << QStringList{e, m, l2, QStringLiteral("--overhead"), QStringLiteral("lots")} << "--overhead";
        QTest::newRow("weights") << QStringList{e, m, l2, QStringLiteral("--weights"), QStringLiteral("fp3")} << "fp3";
        QTest::newRow("kv mix") << QStringList{e, m, l2, QStringLiteral("--kv"), QStringLiteral("q4_k_m")} << "q4_k_m";
        QTest::newRow("method") << QStringList{e, m, l2, QStringLiteral("--method"), QStringLiteral("guess")} << "--method";
        QTest::newRow("gpu") << QStringList{e, m, l2, QStringLiteral("--gpu"), QStringLiteral("h900")} << "h900";
        QTest::newRow("gpu count") << QStringList{e, m, l2, QStringLiteral("--gpu"), QStringLiteral("a10"),
                                                  QStringLiteral("--gpu-count"), QStringLiteral("0")}
                                   << "--gpu-count";
        QTest::newRow("unit") << QStringList{e, m, l2, QStringLiteral("--unit"), QStringLiteral("TB")} << "--unit";
        QTest::newRow("unknown option") << QStringList{e, QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("stray argument") << QStringList{e, m, l2, QStringLiteral("extra")} << "extra";
        QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), e} << "--lang";
    }

    void badArgumentsExitWith2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = run(QStringList{QStringLiteral("--lang=en")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void resultTooLargeExitsWith1()
    {
        const Run r = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                           QStringLiteral("gpt-3-175b"), QStringLiteral("--weights"), QStringLiteral("fp32"),
                           QStringLiteral("--kv"), QStringLiteral("fp32"), QStringLiteral("--tokens"),
                           QStringLiteral("1073741824"), QStringLiteral("--concurrency"), QStringLiteral("16777216")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("9.2 EB")));
    }

    void gpusNeededForAModel()
    {
        // The article's example needs 2 A100 40GB and 5 T4 16GB (see tst_fitanalyzer).
        const Run r = run({QStringLiteral("gpus"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                           QStringLiteral("--method"), QStringLiteral("article"), QStringLiteral("--tokens"),
                           QStringLiteral("4096"), QStringLiteral("--concurrency"), QStringLiteral("10"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, qint64> needed;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            needed.insert(v.toObject().value(QLatin1String("id")).toString(),
                          v.toObject().value(QLatin1String("gpus_needed")).toInteger());
        QCOMPARE(needed.value(QStringLiteral("a100-40gb")), qint64(2));
        QCOMPARE(needed.value(QStringLiteral("a100-80gb")), qint64(1));
        QCOMPARE(needed.value(QStringLiteral("t4")), qint64(5));
    }

    void catalogues()
    {
        const Run models = run({QStringLiteral("models"), QStringLiteral("--json")});
        QCOMPARE(models.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(models.out.toUtf8()).array();
        QCOMPARE(list.size(), 48);
        QCOMPARE(list.at(1).toObject().value(QLatin1String("kv_bytes_per_token_fp16")).toInteger(), qint64(819200));
        const Run gpus = run({QStringLiteral("gpus"), QStringLiteral("--json")});
        QCOMPARE(gpus.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(gpus.out.toUtf8()).array().size() >= 15);
        const Run text = run({QStringLiteral("--lang=en"), QStringLiteral("gpus")});
        QVERIFY(text.out.contains(QStringLiteral("85,520,809,984")));
    }

    void chineseOutput()
    {
        QStringList args = kArticle;
        args[1] = QStringLiteral("zh_CN");
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("方法：原文公式")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2 × 2 B × 40 层 × 隐藏层维度 5120 = 819,200 B")));
        QVERIFY(r.out.contains(QStringLiteral("819,200 B × 4,096 个 Token × 10 个请求 = 33.55 GB")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("A100 40GB\\s+2 块 GPU"))));
        const Run bad = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("estimate"),
                             QStringLiteral("--model"), QStringLiteral("gpt-9")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("未知模型“gpt-9”")));
        const Run near = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("estimate"),
                              QStringLiteral("--model"), QStringLiteral("deepseek-v3.2-exp")});
        QVERIFY2(near.err.contains(QStringLiteral("（见 models 命令）。是否想输入“deepseek-v3.2”？")), qPrintable(near.err));
    }

    // Every Chinese output, normal and error, keeps the glossary's punctuation:
    // nothing half-width beside Chinese (translations/glossary.md, section 2).
    void chineseOutputIsFullWidth_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const auto row = [](const char *name, const QString &line) {
            QTest::newRow(name) << line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        row("usage", QStringLiteral("--help"));
        row("article", QStringLiteral("estimate --method article --model llama-2-13b --tokens 4096 --concurrency 10"));
        row("exact on a GPU", QStringLiteral("estimate --model llama-2-13b --gpu 2xa100-40gb --concurrency 10"));
        row("exact, GPUs needed", QStringLiteral("estimate --model deepseek-v3 --weights fp8 --unit GiB"));
        row("sliding window", QStringLiteral("estimate --model gemma-2-27b --tokens 20000"));
        row("vllm", QStringLiteral("estimate --model llama-3.1-8b --method vllm --gpu h100-80gb --gpu-count 2"));
        row("vllm fails", QStringLiteral("estimate --model llama-2-70b --method vllm --gpu rtx-3090 --tokens 4096"));
        row("vllm refuses a split", QStringLiteral("estimate --model llama-2-13b --method vllm --gpu h100-80gb --gpu-count 3"));
        row("llama.cpp", QStringLiteral("estimate --model gemma-2-27b --method llamacpp --kv q8_0 --ngl 20 --gpu rtx-4090"));
        row("models", QStringLiteral("models"));
        row("gpus", QStringLiteral("gpus"));
        row("gpus for a model", QStringLiteral("gpus --model llama-2-70b --method vllm"));
        row("table", QStringLiteral("table"));
        row("table markdown", QStringLiteral("table --format markdown"));
        for (const char *command : {"estimate", "models", "gpus", "table", "export", "report"})
            QTest::newRow(command) << QStringList{QString::fromLatin1(command), QStringLiteral("--help")};
        row("bad tokens", QStringLiteral("estimate --model llama-2-13b --tokens lots"));
        row("unknown model", QStringLiteral("estimate --model gpt-9"));
        row("unknown model, a near one", QStringLiteral("estimate --model deepseek-v3.2-exp"));
        row("unknown GPU, a near one", QStringLiteral("estimate --model llama-2-13b --gpu h100-80g"));
        row("unknown GPU", QStringLiteral("estimate --model llama-2-13b --gpu h900"));
        row("bad method", QStringLiteral("estimate --model llama-2-13b --method guess"));
        row("bad size", QStringLiteral("export --out x.png --size 1x1"));
        row("missing model file", QStringLiteral("estimate --model-file /nonexistent/config.json"));
        row("too large", QStringLiteral("estimate --model llama-2-70b --tokens 1000000 --concurrency 100000000"));
    }
    void chineseOutputIsFullWidth()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(QStringList{QStringLiteral("--lang=zh_CN")} + arguments);
        const QString all = r.out + r.err;
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(all));
        const QStringList found = zhtext::halfWidthBesideChinese(all);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n')) + QLatin1Char('\n') + all));
    }

    void chineseExportsAreFullWidth_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        const QStringList scenario = QStringLiteral("--model llama-2-13b --gpu 2xa100-40gb --concurrency 10").split(QLatin1Char(' '));
        for (const char *file : {"chart.csv", "chart.md", "breakdown.csv", "breakdown.md"}) {
            const QString name = QString::fromLatin1(file);
            QTest::newRow(file) << name
                                << scenario + QStringList{QStringLiteral("--table"), name.section(QLatin1Char('.'), 0, 0)};
        }
        QTest::newRow("models.md") << QStringLiteral("models.md")
                                   << QStringLiteral("--mode models --models llama-2-7b,qwen3-32b").split(QLatin1Char(' '));
    }
    void chineseExportsAreFullWidth()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        const Run r = run(QStringList{QStringLiteral("--lang=zh_CN"), QStringLiteral("export"), QStringLiteral("--out"), path}
                          + arguments);
        QCOMPARE(r.exitCode, 0);
        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(out.readAll());
        // A CSV's commas are its structure: its cells are the text a reader sees.
        if (file.endsWith(QLatin1String(".csv"))) {
            const auto table = vram::DataTable::fromCsv(text);
            QVERIFY(table);
            // Every column is named in Chinese, the exact-byte ones too.
            for (const QString &head : table->header)
                QVERIFY2(head.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(head));
            text = table->header.join(QLatin1Char('\n'));
            for (const QStringList &row : table->rows)
                text += QLatin1Char('\n') + row.join(QLatin1Char('\n'));
        }
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(text));
        const QStringList found = zhtext::halfWidthBesideChinese(text);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n')) + QLatin1Char('\n') + text));
    }

    void languageFollowsTheSystemLocale()
    {
        QStringList args = kArticle.mid(2); // no --lang
        QVERIFY(run(args, QStringLiteral("zh_CN.UTF-8")).out.contains(QStringLiteral("原文公式")));
        QVERIFY(run(args, QStringLiteral("C.UTF-8")).out.contains(QStringLiteral("method: Article")));
    }

    void articleTables()
    {
        const Run text = run({QStringLiteral("--lang=en"), QStringLiteral("table")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("GPU memory (GB), 10 concurrent requests")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("GPU memory (GB), 1 concurrent request\n")));
        // LLaMA-2 13B, exact, 4096 tokens, 10 requests: 65,544,776,704 B.
        QVERIFY(text.out.contains(QRegularExpression(QStringLiteral("LLaMA-2 13B\\s+33.25\\s+37.86\\s+47.09\\s+65.54"))));
        const Run csv = run({QStringLiteral("table"), QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--method"), QStringLiteral("article")});
        QVERIFY(csv.out.startsWith(QStringLiteral("concurrency,model,tokens,total_bytes,total_GB\r\n")));
        QVERIFY(csv.out.contains(QStringLiteral("10,llama-2-13b,4096,65509875200,65.51\r\n")));
        const Run md = run({QStringLiteral("--lang=zh_CN"), QStringLiteral("table"), QStringLiteral("--format"),
                            QStringLiteral("markdown"), QStringLiteral("--concurrency"), QStringLiteral("10")});
        QVERIFY(md.out.contains(QStringLiteral("### GPU 显存（GB），10 个并发请求")));
        QVERIFY(md.out.contains(QStringLiteral("| LLaMA-2 13B | 33.25 | 37.86 | 47.09 | 65.54 |")));
        const Run bad = run({QStringLiteral("--lang=en"), QStringLiteral("table"), QStringLiteral("--tokens"),
                             QStringLiteral("512,lots")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--tokens")));
    }

    void exportAndReportFiles()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("c.png"));
        Run r = run({QStringLiteral("--lang=en"), QStringLiteral("export"), QStringLiteral("--out"), png,
                     QStringLiteral("--model"), QStringLiteral("qwen3-32b"), QStringLiteral("--size"),
                     QStringLiteral("800x450"), QStringLiteral("--pixel-ratio"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(24);
        QVERIFY(head.startsWith("\x89PNG\r\n\x1a\n"));
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        const auto be32 = [&head](int at) {
            return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
                 | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
        };
        QCOMPARE(be32(16), 1600u);
        QCOMPARE(be32(20), 900u);

        const QString csv = dir.filePath(QStringLiteral("b.csv"));
        r = run({QStringLiteral("export"), QStringLiteral("--out"), csv, QStringLiteral("--table"), QStringLiteral("breakdown")});
        QCOMPARE(r.exitCode, 0);
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        QVERIFY(table.readAll().contains("33554432000"));

        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        r = run({QStringLiteral("--lang=zh_CN"), QStringLiteral("report"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--model"), QStringLiteral("deepseek-v3"), QStringLiteral("--weights"), QStringLiteral("fp8"),
                 QStringLiteral("--gpu"), QStringLiteral("8xh200-141gb")});
        QCOMPARE(r.exitCode, 0);
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");

        r = run({QStringLiteral("--lang=en"), QStringLiteral("export"), QStringLiteral("--out"), dir.filePath(QStringLiteral("c.bmp"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown file type")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.bmp"))));
        r = run({QStringLiteral("--lang=en"), QStringLiteral("export"), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("missing/c.svg"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Cannot write")));
        r = run({QStringLiteral("--lang=en"), QStringLiteral("report"), QStringLiteral("--out"), dir.filePath(QStringLiteral("r.txt"))});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--lang=en"), QStringLiteral("export"), QStringLiteral("--out"), png, QStringLiteral("--size"),
                 QStringLiteral("99999x1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--size")));
    }

    void modelFile()
    {
        QTemporaryDir dir;
        const testfiles::GgufWriter w = testfiles::tinyLlamaGguf();
        const QString file = dir.filePath(QStringLiteral("tiny.gguf"));
        QVERIFY(testfiles::write(file, w.bytes()));

        const QJsonObject o = runJson({QStringLiteral("estimate"), QStringLiteral("--model-file"), file,
                                       QStringLiteral("--tokens"), QStringLiteral("1000"), QStringLiteral("--concurrency"),
                                       QStringLiteral("2")});
        QCOMPARE(o.value(QLatin1String("weights")).toString(), QStringLiteral("file"));
        QCOMPARE(o.value(QLatin1String("weights_bytes")).toInteger(), qint64(106200));
        // 2 × 2 B × 2 layers × 2 KV heads × 64 = 1,024 B per token.
        QCOMPARE(o.value(QLatin1String("kv_bytes_per_token")).toInteger(), qint64(1024));
        QCOMPARE(o.value(QLatin1String("kv_bytes")).toInteger(), qint64(1024 * 1000 * 2));
        // An explicit precision overrides the file's.
        const QJsonObject fp16 = runJson({QStringLiteral("estimate"), QStringLiteral("--model-file"), file,
                                          QStringLiteral("--weights"), QStringLiteral("fp16")});
        QCOMPARE(fp16.value(QLatin1String("weights_bytes")).toInteger(), qint64(2 * 153600));

        const Run models = run({QStringLiteral("models"), QStringLiteral("--model-file"), file});
        QCOMPARE(models.exitCode, 0);
        const QJsonObject model = QJsonDocument::fromJson(models.out.toUtf8()).object();
        QCOMPARE(model.value(QLatin1String("file_weight_bytes")).toInteger(), qint64(106200));
        QCOMPARE(model.value(QLatin1String("parameters")).toInteger(), qint64(153600));

        // gpus with a model file: how many of each GPU it needs. 106,200 B of weights fit on anything.
        const Run gpus = run({QStringLiteral("gpus"), QStringLiteral("--model-file"), file, QStringLiteral("--json")});
        QCOMPARE(gpus.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(gpus.out.toUtf8()).array().first().toObject().value(QLatin1String("gpus_needed")).toInteger(),
                 qint64(1));

        const Run table = run({QStringLiteral("--lang=en"), QStringLiteral("table"), QStringLiteral("--models"),
                               QStringLiteral("llama-2-7b"), QStringLiteral("--model-file"), file});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("Tiny Llama")));

        const QString png = dir.filePath(QStringLiteral("c.png"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--model-file"), file, QStringLiteral("--out"), png}).exitCode, 0);
        QVERIFY(QFile::exists(png));

        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("bad.gguf")), "GGUF"));
        const Run bad = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model-file"),
                             dir.filePath(QStringLiteral("bad.gguf"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("bad.gguf")) && bad.err.contains(QStringLiteral("truncated")),
                 qPrintable(bad.err));
    }

    // Past the model's context: a warning in the text, exceeds_context in the JSON.
    void beyondTheContext()
    {
        const QJsonObject o = runJson({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
                                       QStringLiteral("--tokens"), QStringLiteral("8192")});
        QCOMPARE(o.value(QLatin1String("max_context")).toInteger(), qint64(4096));
        QVERIFY(o.value(QLatin1String("exceeds_context")).toBool());
        const Run text = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                              QStringLiteral("llama-2-7b"), QStringLiteral("--tokens"), QStringLiteral("8192")});
        QVERIFY(text.out.contains(QStringLiteral("Warning: 8,192 tokens per request is more than the context of LLaMA-2 7B")));
        const QJsonObject within = runJson({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-7b")});
        QVERIFY(!within.value(QLatin1String("exceeds_context")).toBool());
    }

    // One of a thing is singular, in every sentence that counts tokens or requests.
    void englishPlurals()
    {
        const Run one = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                             QStringLiteral("llama-2-7b"), QStringLiteral("--tokens"), QStringLiteral("1"),
                             QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--gpu"),
                             QStringLiteral("a100-80gb")});
        QCOMPARE(one.exitCode, 0);
        for (const char *text : {"1 token per request, 1 concurrent request, overhead", "× 1 token × 1 request =",
                                 "Largest concurrency at 1 token:", "Largest tokens per request at 1 concurrent request:"})
            QVERIFY2(one.out.contains(QString::fromUtf8(text)), text);
        QVERIFY2(!one.out.contains(QStringLiteral("1 requests")) && !one.out.contains(QStringLiteral("1 tokens")),
                 qPrintable(one.out));
        const Run many = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"),
                              QStringLiteral("llama-2-7b"), QStringLiteral("--concurrency"), QStringLiteral("2")});
        QVERIFY(many.out.contains(QStringLiteral("4,096 tokens per request, 2 concurrent requests")));
        // The engine methods' formulas count blocks, pages and sequences in the right number too.
        const auto engine = [this](const char *method, const char *gpu) {
            return run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                        QStringLiteral("--method"), QString::fromLatin1(method), QStringLiteral("--gpu"), QString::fromLatin1(gpu),
                        QStringLiteral("--tokens"), QStringLiteral("1"), QStringLiteral("--concurrency"), QStringLiteral("1")})
                .out;
        };
        const QString vllm = engine("vllm", "h100-80gb");
        QVERIFY2(vllm.contains(QStringLiteral("⌈1 / 16⌉ = 1 block × 1 request ×")), qPrintable(vllm));
        const QString llamaCpp = engine("llamacpp", "h100-80gb");
        QVERIFY2(llamaCpp.contains(QStringLiteral("256 cells per sequence × 1 sequence\n")), qPrintable(llamaCpp));
        const QString trt = engine("trtllm", "h100-80gb");
        QVERIFY2(trt.contains(QStringLiteral("1 token in pages of 32 = 32 tokens × 1 request")), qPrintable(trt));
        const QString mindie = engine("mindie", "ascend-910b");
        QVERIFY2(mindie.contains(QStringLiteral("requests of 1 token at most")), qPrintable(mindie));
        // Falcon-7B's one KV head (multi-query attention).
        const Run mqa = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("falcon-7b")});
        QVERIFY2(mqa.out.contains(QStringLiteral("× 32 layers × 1 KV head × 64 head dim = 8,192 B")), qPrintable(mqa.out));
        for (const QString &out : {vllm, llamaCpp, trt, mindie})
            QVERIFY2(!out.contains(QRegularExpression(QStringLiteral("\\b1 (blocks|sequences|requests) "))), qPrintable(out));
    }

    // No display and no --screenshot: one clear line, not Qt's abort.
    void noDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VRAM_PLANNER_EXE), {QStringLiteral("--lang=zh_CN")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(err.contains(QStringLiteral("--screenshot")) && err.contains(QStringLiteral("显示器")), qPrintable(err));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--lang=en"), QStringLiteral("estimate"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--concurrency")));
        const Run top = run({QStringLiteral("--lang=en"), QStringLiteral("--help")});
        QVERIFY(top.out.contains(QStringLiteral("estimate")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
