import { Button, Flex, Typography } from "antd";
import { useCallback, useEffect, useId, useRef, useState, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";

interface SignaturePadProps {
  /** Accessible name of the drawing area, e.g. "客户签名". */
  label: string;
  /** A PNG data URL after each stroke; null when cleared. */
  onChange: (png: string | null) => void;
  error?: string | undefined;
  /** Height in CSS pixels; the pad takes the full width of its container. */
  height?: number;
  /** Ids of texts that also describe the pad, e.g. the error a form shows under it. */
  describedBy?: string | undefined;
}

const INK = "#0b1f3a";
const FALLBACK_WIDTH = 340;

/**
 * A pad the customer signs on with a finger, pen or mouse (pointer events). The drawing is kept in a canvas
 * backed at the screen's pixel ratio and handed over as a PNG data URL after every stroke.
 */
export function SignaturePad({ label, onChange, error, height = 180, describedBy }: SignaturePadProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  const [signed, setSigned] = useState(false);
  const hintId = useId();
  const errorId = `${hintId}-error`;

  const context = useCallback(() => canvasRef.current?.getContext("2d") ?? null, []);

  const paintBackground = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = context();
    if (!canvas || !ctx) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    // An opaque background: the PNG reads the same on a white page and in a dark image viewer.
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.restore();
  }, [context]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.getBoundingClientRect().width || FALLBACK_WIDTH;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = context();
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
    paintBackground();
  }, [context, height, paintBackground]);

  function pointOf(event: PointerEvent<HTMLCanvasElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  function start(event: PointerEvent<HTMLCanvasElement>) {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const point = pointOf(event);
    drawing.current = point;
    const ctx = context();
    if (ctx) {
      ctx.beginPath();
      ctx.arc(point.x, point.y, 1.2, 0, Math.PI * 2);
      ctx.fill();
    }
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    const last = drawing.current;
    if (!last) return;
    event.preventDefault();
    const point = pointOf(event);
    const ctx = context();
    if (ctx) {
      ctx.beginPath();
      ctx.moveTo(last.x, last.y);
      ctx.lineTo(point.x, point.y);
      ctx.stroke();
    }
    drawing.current = point;
  }

  function end(event: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    drawing.current = null;
    event.currentTarget.releasePointerCapture?.(event.pointerId);
    setSigned(true);
    onChange(event.currentTarget.toDataURL("image/png"));
  }

  function clear() {
    paintBackground();
    drawing.current = null;
    setSigned(false);
    onChange(null);
  }

  return (
    <div className={error ? "signature-pad field--invalid" : "signature-pad"}>
      <canvas
        ref={canvasRef}
        className="signature-pad__canvas"
        style={{ height }}
        role="img"
        aria-label={label}
        aria-describedby={[hintId, error ? errorId : "", describedBy ?? ""].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onPointerLeave={(event) => drawing.current && end(event)}
      />
      <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 4 }}>
        <Typography.Text id={hintId} type="secondary" role="status" style={{ fontSize: 12 }}>
          {signed ? t("signaturePad.signed") : t("signaturePad.hint")}
        </Typography.Text>
        <Button size="small" onClick={clear} disabled={!signed}>
          {t("signaturePad.clear")}
        </Button>
      </Flex>
      {error && (
        <Typography.Text id={errorId} type="danger" style={{ display: "block" }}>
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
